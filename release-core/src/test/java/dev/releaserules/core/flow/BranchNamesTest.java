package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BranchNamesTest {

    private final BranchNames names = BranchNames.defaults();

    @Test
    @DisplayName("R-B1 release, hotfix and backport branches are named after the tag")
    void names() {
        Version v = Version.of(2, 3, 0);

        assertThat(names.release(v)).isEqualTo("release/v2.3.0");
        assertThat(names.hotfix(Version.of(2, 3, 1))).isEqualTo("hotfix/v2.3.1");
        assertThat(names.backport(v, "develop")).isEqualTo("backport/v2.3.0-to-develop");
        assertThat(new BranchNames(TagFormat.defaults().forComponent("api")).release(v)).isEqualTo("release/api@v2.3.0");
    }

    @Test
    @DisplayName("R-B1 release and hotfix branch names give back kind and version")
    void recognises_branches() {
        assertThat(names.findReleaseOrHotfix("release/v2.3.0"))
                .contains(new FlowBranch("release/v2.3.0", BranchKind.RELEASE, Version.of(2, 3, 0)));
        assertThat(names.findReleaseOrHotfix("refs/heads/hotfix/v2.3.1")).map(FlowBranch::kind).contains(BranchKind.HOTFIX);
        assertThat(names.findReleaseOrHotfix("feature/x")).isEmpty();
        assertThat(names.findReleaseOrHotfix("release/v2.3")).isEmpty();
        assertThat(names.findReleaseOrHotfix("release/v2.3.0-rc.1")).isEmpty();
        assertThatThrownBy(() -> names.requireReleaseOrHotfix("release/latest"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid branch name \"release/latest\": expected a branch named release/vX.Y.Z or hotfix/vX.Y.Z");
    }

    @ParameterizedTest(name = "\"{0}\" is not a valid ref name")
    @ValueSource(strings = {"", "a..b", "a b", "a~1", "a^", "a:b", "a?", "a*", "a[b", "a\\b", "/a", "a/", "a.", "a//b",
        "a@{1}", "-x", "HEAD", "a\ud800b", ".a", "a/.b", "a.lock", "a/b.lock/c", "tab\there"})
    @DisplayName("R-B1 names git would refuse are refused before anything is written")
    void invalid_ref_names(String name) {
        assertThat(RefNames.isValid(name)).isFalse();
        assertThatThrownBy(() -> RefNames.requireValid(name)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected a valid git ref name");
        assertThatThrownBy(() -> names.backport(Version.of(1, 0, 0), name)).isInstanceOf(InvalidInputException.class);
    }

    @Property(tries = 200)
    @Label("R-B1 every generated branch name is a valid ref name and parses back")
    void generated_names_are_valid(@ForAll @IntRange(max = 10000) int major, @ForAll @IntRange(max = 10000) int minor,
            @ForAll @IntRange(max = 10000) int patch) {
        Version v = Version.of(major, minor, patch);

        assertThat(RefNames.isValid(names.release(v))).isTrue();
        assertThat(names.findReleaseOrHotfix(names.release(v))).map(FlowBranch::version).contains(v);
        assertThat(names.findReleaseOrHotfix(names.hotfix(v))).map(FlowBranch::kind).contains(BranchKind.HOTFIX);
        assertThat(RefNames.isValid(names.backport(v, "develop"))).isTrue();
    }

    @Test
    @DisplayName("R-TL a regular release is due 8 h after prepare, a hotfix 2 h, and is late after that")
    void targets() {
        ReleaseTargets targets = ReleaseTargets.defaults();
        Instant prepared = Instant.parse("2025-01-18T10:00:00Z");

        assertThat(targets.expectedCompletion(BranchKind.RELEASE, prepared)).isEqualTo("2025-01-18T18:00:00Z");
        assertThat(targets.expectedCompletion(BranchKind.HOTFIX, prepared)).isEqualTo("2025-01-18T12:00:00Z");
        assertThat(targets.isLate(BranchKind.RELEASE, prepared, prepared.plus(Duration.ofHours(8)))).isFalse();
        assertThat(targets.isLate(BranchKind.RELEASE, prepared, prepared.plus(Duration.ofHours(8)).plusSeconds(1))).isTrue();
        assertThat(targets.isLate(BranchKind.HOTFIX, prepared, prepared.plus(Duration.ofHours(3)))).isTrue();
        assertThatThrownBy(() -> new ReleaseTargets(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("R-L1 the flow's labels")
    void labels() {
        assertThat(Labels.all()).containsExactly("release", "automated", "backport", "auto-merge", "hotfix",
                "priority:critical");
    }

    @Test
    void rules_refuse_record_refs_that_would_clash_with_branches_or_tags() {
        assertThatThrownBy(() -> QuickReleaseRules.builder().recordRefPrefix("refs/heads/x/").build())
                .isInstanceOf(InvalidInputException.class);
        assertThat(QuickReleaseRules.defaults().triggerRef("v2.3.0").name()).isEqualTo("refs/release-rules/triggered/v2.3.0");
        assertThat(QuickReleaseRules.defaults().cutoffRef("v2.3.0").name()).isEqualTo("refs/release-rules/cutoff/v2.3.0");
    }
}
