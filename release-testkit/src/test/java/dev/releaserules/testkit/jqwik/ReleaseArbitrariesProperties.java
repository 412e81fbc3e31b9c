package dev.releaserules.testkit.jqwik;

import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.commit.MergeCommit;
import dev.releaserules.core.commit.NonConventional;
import dev.releaserules.core.commit.RevertCommit;
import dev.releaserules.core.manifest.CommentCommand;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What each arbitrary of {@link ReleaseArbitraries} promises, checked against the real parsers. */
class ReleaseArbitrariesProperties {

    @Provide
    Arbitrary<Version> releaseVersions() {
        return ReleaseArbitraries.releaseVersions();
    }

    @Provide
    Arbitrary<Version> preReleaseVersions() {
        return ReleaseArbitraries.preReleaseVersions();
    }

    @Provide
    Arbitrary<Version> versionsWithBuild() {
        return ReleaseArbitraries.versionsWithBuild();
    }

    @Property(tries = 200)
    @Label("every generated version (through @ForAll Version) prints and parses back to itself")
    void versions_round_trip(@ForAll Version v) {
        assertThat(Version.parse(v.toString())).isEqualTo(v);
        assertThat(Version.parse(v.toString()).toString()).isEqualTo(v.toString());
    }

    @Property(tries = 200)
    @Label("R-V2 release versions are plain X.Y.Z and every increment of them is greater")
    void release_versions_are_plain(@ForAll("releaseVersions") Version v, @ForAll Increment increment) {
        assertThat(v).isRelease();
        assertThat(v.toString()).matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
        assertThat(v.next(increment)).isGreaterThan(v);
    }

    @Property(tries = 200)
    @Label("R-V5 pre-release versions are pre-releases that sort below their release")
    void pre_release_versions_sort_below_their_release(@ForAll("preReleaseVersions") Version v) {
        assertThat(v).isPreRelease().isLessThan(v.core());
        assertThat(Version.parse(v.toString())).isEqualTo(v);
    }

    @Property(tries = 200)
    @Label("versions with build metadata have some, and it does not change their precedence")
    void build_metadata_is_ignored_in_precedence(@ForAll("versionsWithBuild") Version v) {
        assertThat(v.build()).isNotEmpty();
        assertThat(v).hasSamePrecedenceAs(v.withBuild(List.of()));
        assertThat(Version.parse(v.toString())).isEqualTo(v);
    }

    @Provide
    Arbitrary<String> conventional() {
        return ReleaseArbitraries.conventionalMessages();
    }

    @Provide
    Arbitrary<String> nonBreaking() {
        return ReleaseArbitraries.nonBreakingMessages();
    }

    @Provide
    Arbitrary<String> breaking() {
        return ReleaseArbitraries.breakingMessages();
    }

    @Provide
    Arbitrary<String> breakingByMarker() {
        return ReleaseArbitraries.breakingByMarkerMessages();
    }

    @Provide
    Arbitrary<String> breakingByFooter() {
        return ReleaseArbitraries.breakingByFooterMessages();
    }

    @Provide
    Arbitrary<String> nonConventional() {
        return ReleaseArbitraries.nonConventionalMessages();
    }

    @Provide
    Arbitrary<String> hostile() {
        return ReleaseArbitraries.hostileMessages();
    }

    @Property(tries = 200)
    @Label("R-C1 every valid message parses as a conventional commit, keeping its raw text")
    void valid_messages_are_conventional(@ForAll("conventional") String raw) {
        CommitMessage parsed = CommitMessage.parse(raw);

        assertThat(parsed).isConventional();
        assertThat(parsed.raw()).isEqualTo(raw);
    }

    @Property(tries = 200)
    @Label("R-C1 non-breaking messages are conventional and not breaking")
    void non_breaking_messages_are_not_breaking(@ForAll("nonBreaking") String raw) {
        assertThat(CommitMessage.parse(raw)).isNotBreaking();
    }

    @Property(tries = 200)
    @Label("R-C1 breaking messages are breaking and name what breaks")
    void breaking_messages_are_breaking(@ForAll("breaking") String raw) {
        CommitMessage parsed = CommitMessage.parse(raw);

        assertThat(parsed).isBreaking();
        assertThat(((ConventionalCommit) parsed).breakingChanges()).isNotEmpty().allSatisfy(n -> assertThat(n).isNotBlank());
    }

    @Property(tries = 200)
    @Label("R-C1 breaking by marker carries the !, breaking by footer only the BREAKING CHANGE footer")
    void breaking_forms_are_what_they_say(@ForAll("breakingByMarker") String marked,
            @ForAll("breakingByFooter") String footed) {
        ConventionalCommit byMarker = (ConventionalCommit) CommitMessage.parse(marked);
        ConventionalCommit byFooter = (ConventionalCommit) CommitMessage.parse(footed);

        assertThat(byMarker.breakingMarker()).isTrue();
        assertThat(byFooter.breakingMarker()).isFalse();
        assertThat(byFooter.footers()).anyMatch(f -> f.isBreakingChange());
    }

    @Property(tries = 200)
    @Label("non-conventional messages parse as NonConventional with a reason, never as another kind")
    void non_conventional_messages_are_not_conventional(@ForAll("nonConventional") String raw) {
        CommitMessage parsed = CommitMessage.parse(raw);

        assertThat(parsed).isNonConventional();
        assertThat(((NonConventional) parsed).reason()).isNotBlank();
    }

    @Property(tries = 100)
    @Label("merge and revert messages parse as merges and reverts")
    void merges_and_reverts_are_recognised(@ForAll("merges") String merge, @ForAll("reverts") String revert) {
        assertThat(CommitMessage.parse(merge)).isInstanceOf(MergeCommit.class);
        assertThat(CommitMessage.parse(revert)).isInstanceOf(RevertCommit.class);
    }

    @Provide
    Arbitrary<String> merges() {
        return ReleaseArbitraries.mergeMessages();
    }

    @Provide
    Arbitrary<String> reverts() {
        return ReleaseArbitraries.revertMessages();
    }

    @Property(tries = 200)
    @Label("hostile messages never crash the parser; the raw text is kept and the subject is one line")
    void hostile_messages_never_crash_the_parser(@ForAll("hostile") String raw) {
        CommitMessage[] parsed = new CommitMessage[1];

        assertThatCode(() -> parsed[0] = CommitMessage.parse(raw)).doesNotThrowAnyException();
        assertThat(parsed[0].raw()).isSameAs(raw);
        assertThat(parsed[0].subject()).doesNotContain("\n");
    }

    @Property(tries = 200)
    @Label("@ForAll CommitMessage and @ForAll ConventionalCommit give parsed values that parse the same again")
    void provided_messages_are_parsed_values(@ForAll CommitMessage message, @ForAll ConventionalCommit commit) {
        assertThat(CommitMessage.parse(message.raw())).isEqualTo(message);
        assertThat(CommitMessage.parse(commit.raw())).isEqualTo(commit);
    }

    @Property(tries = 200)
    @Label("R-MF1 every generated manifest writes to YAML and reads back equal")
    void manifests_round_trip(@ForAll ReleaseManifest manifest) {
        assertThat(ReleaseManifest.parse(manifest.toYaml(), "generated.yaml")).isEqualTo(manifest);
    }

    @Property(tries = 200)
    @Label("R-MF1 seed-style YAML loads as the manifest it was written from")
    void seed_style_yaml_loads(@ForAll ReleaseManifest manifest) {
        String yaml = SeedYaml.render(manifest);

        ReleaseManifest read = ReleaseManifest.parse(yaml, "seed-style.yaml");

        assertThat(read).isEqualTo(manifest);
        assertThat(ReleaseManifest.parse(read.toYaml(), "again.yaml")).isEqualTo(read);
    }

    @Provide
    Arbitrary<String> manifestYamls() {
        return ReleaseArbitraries.manifestYamls();
    }

    @Property(tries = 100)
    @Label("R-MF1 generated manifest YAML loads, and writes and reads back without loss")
    void manifest_yamls_load(@ForAll("manifestYamls") String yaml) {
        ReleaseManifest read = ReleaseManifest.parse(yaml, "generated.yaml");

        assertThat(ReleaseManifest.parse(read.toYaml(), "again.yaml")).isEqualTo(read);
    }

    @Property(tries = 200)
    @Label("R-MF2 R-SO2 manifests fit their status: unchanged components need no sign-off, approved ones are ready")
    void manifests_fit_their_status(@ForAll ReleaseManifest manifest) {
        for (Component c : manifest.components()) {
            assertThat(c.isChanged() || c.signOff().status() == SignOffStatus.NOT_REQUIRED).isTrue();
            assertThat(c.changes().isEmpty()).isEqualTo(!c.isChanged());
        }
        if (EnumSet.of(ReleaseStatus.APPROVED, ReleaseStatus.DEPLOYING, ReleaseStatus.DEPLOYED,
                ReleaseStatus.ROLLED_BACK).contains(manifest.status())) {
            assertThat(manifest).isReady();
        }
        if (manifest.status() == ReleaseStatus.DRAFT) {
            assertThat(manifest.components()).allMatch(c -> c.signOff().status() != SignOffStatus.APPROVED);
        }
    }

    @Property(tries = 100)
    @Label("R-MF1 release ids from @ForAll ReleaseId parse back")
    void release_ids_round_trip(@ForAll ReleaseId id) {
        assertThat(ReleaseId.parse(id.value())).isEqualTo(id);
        assertThat(id.sequence()).isBetween(1, 999);
    }

    @Provide
    Arbitrary<String> counting() {
        return ReleaseArbitraries.countingSignOffComments();
    }

    @Provide
    Arbitrary<String> decoys() {
        return ReleaseArbitraries.decoySignOffComments();
    }

    @Property(tries = 100)
    @Label("R-SO1 counting comments give an approval or a rejection with a reason")
    void counting_comments_count(@ForAll("counting") String comment) {
        CommentCommand command = CommentCommand.parse(comment);

        assertThat(command).isInstanceOfAny(CommentCommand.Approve.class, CommentCommand.Reject.class);
    }

    @Property(tries = 100)
    @Label("R-SO1 a command that is quoted, fenced, indented or inside a sentence does not count")
    void decoy_comments_hold_no_command(@ForAll("decoys") String comment) {
        assertThat(CommentCommand.parseAll(comment)).isEmpty();
    }

    @Property(tries = 100)
    @Label("R-SO1 @ForAll CommentCommand gives every kind of command, each valid")
    void provided_commands_are_valid(@ForAll CommentCommand command) {
        assertThat(command).isInstanceOfAny(CommentCommand.Approve.class, CommentCommand.Reject.class,
                CommentCommand.Invalid.class);
    }

    @Property(tries = 50)
    @Label("R-V5 staging versions of generated releases sort below them")
    void staging_sorts_below(@ForAll("releaseVersions") Version v) {
        assertThat(v.toStaging(Instant.ofEpochSecond(1_700_000_000L))).isPreRelease().hasPreRelease("rc.1700000000")
                .isLessThan(v);
    }
}
