package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Label;

class ManifestYamlProperties {

    @Property(tries = 200)
    @Label("R-MF1 reading what was written gives the same manifest, and writing it again the same text")
    void write_then_read_is_identity(@ForAll("manifests") ReleaseManifest manifest) {
        String yaml = manifest.toYaml();

        ReleaseManifest read = ReleaseManifest.parse(yaml, "generated.yaml");

        assertThat(read).isEqualTo(manifest);
        assertThat(read.toYaml()).isEqualTo(yaml);
    }

    @Provide
    Arbitrary<ReleaseManifest> manifests() {
        return ManifestArbitraries.manifests();
    }
}
