package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HotfixReadinessTest {

    private static ReleaseManifest hotfix(String apiSignOff) {
        String yaml = Seeds.seedYaml()
                .replace("  release_manager: '@john.doe'\n", "  release_manager: '@john.doe'\n  type: hotfix\n")
                .replace("    sign_off: pending # pending, approved, rejected\n", apiSignOff);
        return ReleaseManifest.parse(yaml, "hotfix.yaml");
    }

    @Test
    @DisplayName("R-SO1 a hotfix skips pending team sign-offs, but a rejection still blocks it until withdrawn")
    void hotfix_rejection_blocks() {
        ReleaseManifest pending = hotfix("    sign_off: pending\n");
        ReleaseManifest rejected = hotfix("    sign_off: rejected\n    rejected_by: '@alice'\n"
                + "    rejection_reason: 'breaks the bulk upload'\n");

        assertThat(pending.readiness().missing()).extracting(Readiness.Missing::kind)
                .doesNotContain(Readiness.Kind.PENDING_SIGN_OFF, Readiness.Kind.REJECTED_SIGN_OFF);
        assertThat(rejected.readiness().missing())
                .filteredOn(m -> m.kind() == Readiness.Kind.REJECTED_SIGN_OFF)
                .singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("api"));
        assertThat(rejected.readiness().isReady()).isFalse();
    }
}
