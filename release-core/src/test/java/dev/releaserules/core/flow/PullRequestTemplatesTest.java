package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.flow.PullRequestTemplates.Template;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PullRequestTemplatesTest {

    private static final String CUTOFF = "0123456789abcdef0123456789abcdef01234567";
    private static final String CHANGELOG = """
            ## [2.2.0](https://example.com/compare/v2.1.1...v2.2.0) (2025-01-18)

            ### Features

            * **api:** add export ({abc1234})
            """;

    private final PullRequestTemplates defaults = PullRequestTemplates.defaults();

    private static Map<String, String> release(String changelog) {
        return PullRequestTemplates.releaseValues("v2.2.0", Version.of(2, 2, 0), "release/v2.2.0", "develop", "main",
                "develop", CUTOFF, Instant.parse("2025-01-18T10:00:00Z"), Instant.parse("2025-01-18T18:00:00Z"), 8,
                "v2.3.0", changelog, "");
    }

    private static Map<String, String> hotfix() {
        return PullRequestTemplates.releaseValues("v2.2.1", Version.of(2, 2, 1), "hotfix/v2.2.1", "main", "main",
                "develop", CUTOFF, Instant.parse("2025-01-20T09:30:00Z"), Instant.parse("2025-01-20T11:30:00Z"), 2,
                "v2.3.0", "", "");
    }

    @Test
    @DisplayName("the default release pull request is seed 000's \"PR Created\" box followed by the changelog")
    void default_release_body() {
        assertThat(defaults.render(Template.RELEASE_TITLE, release(CHANGELOG))).isEqualTo("🚀 Release v2.2.0");
        assertThat(defaults.render(Template.RELEASE_BODY, release(CHANGELOG))).isEqualTo("""
                ✅ Tag v2.2.0 created
                ✅ Snapshot of develop at: 2025-01-18 10:00:00 UTC (0123456)

                ⚠️ FEATURE CUTOFF ACTIVE
                Features merged to develop AFTER this snapshot → v2.3.0

                Timeline:
                - [x] Snapshot created & tag pushed
                - [ ] Staging deployment
                - [ ] QA validation (2-4h)
                - [ ] PR approval & merge (merge commit, no squash or rebase)
                - [ ] Production deployment (automatic)
                - [ ] Backport to develop (automatic)

                Expected completion: 2025-01-18 18:00:00 UTC (8h)

                ## [2.2.0](https://example.com/compare/v2.1.1...v2.2.0) (2025-01-18)

                ### Features

                * **api:** add export ({abc1234})
                """);
    }

    @Test
    @DisplayName("the default hotfix pull request has a [HOTFIX] title and a 2 h timeline")
    void default_hotfix_body() {
        assertThat(defaults.render(Template.HOTFIX_TITLE, hotfix())).isEqualTo("🔥 [HOTFIX] v2.2.1");
        assertThat(defaults.render(Template.HOTFIX_BODY, hotfix())).isEqualTo("""
                🚨 CRITICAL HOTFIX v2.2.1

                ✅ Tag v2.2.1 created
                ✅ Cut from main at: 2025-01-20 09:30:00 UTC (0123456)

                Review and merge with priority.

                Timeline:
                - [x] Hotfix branch created & tag pushed
                - [ ] Review & approval
                - [ ] PR merge (merge commit, no squash or rebase)
                - [ ] Production deployment (automatic)
                - [ ] Backport to develop (automatic)

                Expected completion: 2025-01-20 11:30:00 UTC (2h)
                """);
    }

    @Test
    @DisplayName("the default backport pull request says it merges automatically")
    void default_backport() {
        Map<String, String> values = PullRequestTemplates.backportValues("v2.2.0", Version.of(2, 2, 0),
                "backport/v2.2.0-to-develop", "main", "develop");

        assertThat(defaults.render(Template.BACKPORT_TITLE, values)).isEqualTo("🔄 Backport v2.2.0 to develop");
        assertThat(defaults.render(Template.BACKPORT_BODY, values)).isEqualTo("""
                Brings v2.2.0 (main: version file and changelog) back to develop.

                Merges automatically once checks pass and there is no conflict.
                """);
    }

    @Test
    void every_template_accepts_every_one_of_its_placeholders() {
        PullRequestTemplates.Builder builder = PullRequestTemplates.builder();
        for (Template template : Template.values()) {
            String all = String.join(" ", template.placeholders().stream().map(p -> "{" + p + "}").toList());
            switch (template) {
                case RELEASE_TITLE -> builder.releaseTitle(all);
                case RELEASE_BODY -> builder.releaseBody(all);
                case HOTFIX_TITLE -> builder.hotfixTitle(all);
                case HOTFIX_BODY -> builder.hotfixBody(all);
                case BACKPORT_TITLE -> builder.backportTitle(all);
                default -> builder.backportBody(all);
            }
        }

        PullRequestTemplates templates = builder.build();

        assertThat(templates.render(Template.RELEASE_TITLE, release("")))
                .isEqualTo("v2.2.0 2.2.0 release/v2.2.0 develop main develop " + CUTOFF
                        + " 0123456 2025-01-18 10:00:00 UTC 2025-01-18 18:00:00 UTC 8 v2.3.0");
        assertThat(templates.text(Template.BACKPORT_BODY)).isEqualTo("{tag} {version} {branch} {main} {target}");
    }

    @Test
    void a_camel_case_placeholder_of_earlier_versions_is_refused_with_its_snake_case_name() {
        assertThatThrownBy(() -> PullRequestTemplates.builder().releaseTitle("Release {tag} ({snapshotTime})").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid releaseTitle pull request template \"Release {tag} ({snapshotTime})\" at position 15: "
                        + "expected snake_case placeholders: {snapshotTime} is now written {snapshot_time}");
        assertThat(PullRequestTemplates.builder().releaseTitle("Release {tag} ({snapshot_time})").build()
                .releaseTitle()).isEqualTo("Release {tag} ({snapshot_time})");
    }

    @Test
    void an_unknown_placeholder_is_refused_naming_the_template_and_the_placeholder() {
        assertThatThrownBy(() -> PullRequestTemplates.builder().backportBody("Back to {target} from {changelog}")
                .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid backportBody pull request template \"Back to {target} from {changelog}\" at "
                        + "position 22: expected only the placeholders {tag}, {version}, {branch}, {main}, {target}; "
                        + "{changelog} is not one");
        assertThatThrownBy(() -> PullRequestTemplates.builder().releaseTitle("Release {tga}").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("releaseTitle pull request template")
                .hasMessageEndingWith("{tga} is not one");
        assertThatThrownBy(() -> PullRequestTemplates.builder().hotfixTitle(" ").build())
                .isInstanceOf(InvalidInputException.class).hasMessage("Invalid hotfixTitle \" \": expected a non-blank text");
    }

    @Test
    void values_are_put_in_once_and_other_braces_are_text() {
        PullRequestTemplates templates = PullRequestTemplates.builder()
                .releaseTitle("Release {tag}\n{ not a placeholder } {}")
                .releaseBody("{changelog}\n\n\n").build();

        assertThat(templates.render(Template.RELEASE_TITLE, release("")))
                .isEqualTo("Release v2.2.0 { not a placeholder } {}");
        assertThat(templates.render(Template.RELEASE_BODY, release("* uses {tag} and $1 \\ literally\n")))
                .isEqualTo("* uses {tag} and $1 \\ literally\n");
    }

    @Test
    void the_rules_carry_the_templates() {
        PullRequestTemplates custom = PullRequestTemplates.builder().releaseTitle("Release {version}").build();

        QuickReleaseRules rules = QuickReleaseRules.builder().pullRequests(custom).build();

        assertThat(QuickReleaseRules.defaults().pullRequests()).isEqualTo(PullRequestTemplates.defaults());
        assertThat(QuickReleaseRules.from(rules).build().pullRequests()).isEqualTo(custom);
        assertThat(PullRequestTemplates.from(custom).build()).isEqualTo(custom);
        assertThatThrownBy(() -> QuickReleaseRules.builder().pullRequests(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pullRequests");
    }
}
