package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.PlaceholderText;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The titles and bodies of the pull requests the flow opens: release, hotfix and backport. Each is a
 * template with {@code {placeholders}}; the defaults are shaped like the quick-release process's release pull
 * request: tag created, snapshot time, feature-cutoff notice, the timeline checklist, the expected
 * completion and the release's changelog, and a {@code [HOTFIX]} title for hotfixes.
 *
 * <p>Placeholders follow the library's one template grammar: {@code {name}} with a snake_case name
 * ({@code {snapshot_time}}); other braces are text. Each template accepts the placeholders of its
 * {@link Template}, and an unknown one is refused when the templates are built, naming the template
 * and the placeholder; a camelCase name of earlier versions ({@code {snapshotTime}}) is refused with
 * its new snake_case form. Values are put in once: a value
 * holding {@code {tag}} (a changelog line, say) stays as it is. A rendered body ends with exactly
 * one line break, so an empty {@code {changelog}} at the end leaves no blank lines behind.
 *
 * <pre>{@code
 * QuickReleaseRules rules = QuickReleaseRules.builder()
 *         .pullRequests(PullRequestTemplates.builder().releaseTitle("Release {tag} ({snapshot_time})").build())
 *         .build();
 * }</pre>
 *
 * @param releaseTitle the title of a release pull request
 * @param releaseBody the body of a release pull request
 * @param hotfixTitle the title of a hotfix pull request
 * @param hotfixBody the body of a hotfix pull request
 * @param backportTitle the title of a backport pull request
 * @param backportBody the body of a backport pull request
 */
public record PullRequestTemplates(String releaseTitle, String releaseBody, String hotfixTitle, String hotfixBody,
        String backportTitle, String backportBody) {

    private static final List<String> RELEASE_PLACEHOLDERS = List.of("tag", "version", "branch", "source", "main",
            "develop", "cutoff_commit", "cutoff_short", "snapshot_time", "expected_completion", "target_hours", "next_tag",
            "changelog", "description");
    private static final List<String> BACKPORT_PLACEHOLDERS = List.of("tag", "version", "branch", "main", "target");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The default release title, as the quick-release process shows it. */
    public static final String DEFAULT_RELEASE_TITLE = "🚀 Release {tag}";
    /** The default release body, as the quick-release process's "PR Created" box shows it, followed by the changelog. */
    public static final String DEFAULT_RELEASE_BODY = """
            ✅ Tag {tag} created
            ✅ Snapshot of {source} at: {snapshot_time} ({cutoff_short})

            ⚠️ FEATURE CUTOFF ACTIVE
            Features merged to {source} AFTER this snapshot → {next_tag}

            Timeline:
            - [x] Snapshot created & tag pushed
            - [ ] Staging deployment
            - [ ] QA validation (2-4h)
            - [ ] PR approval & merge (merge commit, no squash or rebase)
            - [ ] Production deployment (automatic)
            - [ ] Backport to {develop} (automatic)

            Expected completion: {expected_completion} ({target_hours}h)

            {changelog}
            """;
    /** The default hotfix title. */
    public static final String DEFAULT_HOTFIX_TITLE = "🔥 [HOTFIX] {tag}";
    /** The default hotfix body. */
    public static final String DEFAULT_HOTFIX_BODY = """
            🚨 CRITICAL HOTFIX {tag}

            {description}

            ✅ Tag {tag} created
            ✅ Cut from {source} at: {snapshot_time} ({cutoff_short})

            Review and merge with priority.

            Timeline:
            - [x] Hotfix branch created & tag pushed
            - [ ] Review & approval
            - [ ] PR merge (merge commit, no squash or rebase)
            - [ ] Production deployment (automatic)
            - [ ] Backport to {develop} (automatic)

            Expected completion: {expected_completion} ({target_hours}h)

            {changelog}
            """;
    /** The default backport title, as the quick-release process shows it. */
    public static final String DEFAULT_BACKPORT_TITLE = "🔄 Backport {tag} to {target}";
    /** The default backport body. */
    public static final String DEFAULT_BACKPORT_BODY = """
            Brings {tag} ({main}: version file and changelog) back to {target}.

            Merges automatically once checks pass and there is no conflict.
            """;

    /** The six templates, with the placeholders each accepts. */
    public enum Template {
        /** {@link PullRequestTemplates#releaseTitle()}. */
        RELEASE_TITLE("releaseTitle", RELEASE_PLACEHOLDERS),
        /** {@link PullRequestTemplates#releaseBody()}. */
        RELEASE_BODY("releaseBody", RELEASE_PLACEHOLDERS),
        /** {@link PullRequestTemplates#hotfixTitle()}. */
        HOTFIX_TITLE("hotfixTitle", RELEASE_PLACEHOLDERS),
        /** {@link PullRequestTemplates#hotfixBody()}. */
        HOTFIX_BODY("hotfixBody", RELEASE_PLACEHOLDERS),
        /** {@link PullRequestTemplates#backportTitle()}. */
        BACKPORT_TITLE("backportTitle", BACKPORT_PLACEHOLDERS),
        /** {@link PullRequestTemplates#backportBody()}. */
        BACKPORT_BODY("backportBody", BACKPORT_PLACEHOLDERS);

        private final String propertyName;
        private final List<String> placeholders;

        Template(String propertyName, List<String> placeholders) {
            this.propertyName = propertyName;
            this.placeholders = placeholders;
        }

        /**
         * The template's name, as the record component and the builder method call it.
         *
         * @return such as {@code releaseBody}
         */
        public String propertyName() {
            return propertyName;
        }

        /**
         * The placeholders the template accepts, without braces. Release and hotfix templates accept
         * {@code tag}, {@code version}, {@code branch}, {@code source} (the branch it was cut from),
         * {@code main}, {@code develop}, {@code cutoffCommit}, {@code cutoffShort} (its first 7
         * characters), {@code snapshotTime} and {@code expectedCompletion} (as {@code yyyy-MM-dd
         * HH:mm:ss UTC}), {@code targetHours}, {@code nextTag} (the tag of the next minor release,
         * which gets what misses the cutoff) and {@code changelog} (the release notes, empty for a
         * hotfix); backport templates accept {@code tag}, {@code version}, {@code branch}, {@code main}
         * and {@code target} (the branch it goes back to).
         *
         * @return the placeholder names
         */
        public List<String> placeholders() {
            return placeholders;
        }
    }

    /**
     * Validates the templates.
     *
     * @param releaseTitle the release title, not blank
     * @param releaseBody the release body
     * @param hotfixTitle the hotfix title, not blank
     * @param hotfixBody the hotfix body
     * @param backportTitle the backport title, not blank
     * @param backportBody the backport body
     * @throws dev.releaserules.core.InvalidInputException when a title is blank or a template holds an unknown placeholder
     */
    public PullRequestTemplates {
        requireKnown(Template.RELEASE_TITLE, Checks.notBlank(releaseTitle, "releaseTitle"));
        requireKnown(Template.RELEASE_BODY, Checks.notNull(releaseBody, "releaseBody"));
        requireKnown(Template.HOTFIX_TITLE, Checks.notBlank(hotfixTitle, "hotfixTitle"));
        requireKnown(Template.HOTFIX_BODY, Checks.notNull(hotfixBody, "hotfixBody"));
        requireKnown(Template.BACKPORT_TITLE, Checks.notBlank(backportTitle, "backportTitle"));
        requireKnown(Template.BACKPORT_BODY, Checks.notNull(backportBody, "backportBody"));
    }

    /**
     * The templates of the quick-release process.
     *
     * @return the default templates
     */
    public static PullRequestTemplates defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from existing templates.
     *
     * @param templates the templates to copy
     * @return a new builder
     */
    public static Builder from(PullRequestTemplates templates) {
        Checks.notNull(templates, "templates");
        return new Builder().releaseTitle(templates.releaseTitle).releaseBody(templates.releaseBody)
                .hotfixTitle(templates.hotfixTitle).hotfixBody(templates.hotfixBody)
                .backportTitle(templates.backportTitle).backportBody(templates.backportBody);
    }

    /**
     * The template text of one template.
     *
     * @param template which one
     * @return its text
     */
    public String text(Template template) {
        switch (Checks.notNull(template, "template")) {
            case RELEASE_TITLE:
                return releaseTitle;
            case RELEASE_BODY:
                return releaseBody;
            case HOTFIX_TITLE:
                return hotfixTitle;
            case HOTFIX_BODY:
                return hotfixBody;
            case BACKPORT_TITLE:
                return backportTitle;
            default:
                return backportBody;
        }
    }

    /**
     * Renders a template: every placeholder replaced, once, by its value. Titles come out on one
     * line; bodies end with exactly one line break.
     *
     * @param template which template
     * @param values a value for every placeholder the template accepts, from {@link #releaseValues}
     *     or {@link #backportValues}
     * @return the text
     */
    String render(Template template, Map<String, String> values) {
        String out = PlaceholderText.of(text(template)).render(values);
        boolean title = template == Template.RELEASE_TITLE || template == Template.HOTFIX_TITLE
                || template == Template.BACKPORT_TITLE;
        // An empty placeholder (a hotfix without a description) leaves no run of blank lines behind.
        return title ? out.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()
                : out.replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    /** The values of a release or hotfix pull request, one for every placeholder of its templates. */
    static Map<String, String> releaseValues(String tag, Version version, String branch, String source, String main,
            String develop, String cutoffCommit, Instant snapshot, Instant expected, long targetHours, String nextTag,
            String changelog, String description) {
        Map<String, String> values = new HashMap<>();
        values.put("tag", tag);
        values.put("version", version.toString());
        values.put("branch", branch);
        values.put("source", source);
        values.put("main", main);
        values.put("develop", develop);
        values.put("cutoff_commit", cutoffCommit);
        values.put("cutoff_short", cutoffCommit.substring(0, Math.min(7, cutoffCommit.length())));
        values.put("snapshot_time", TIME.format(snapshot));
        values.put("expected_completion", TIME.format(expected));
        values.put("target_hours", Long.toString(targetHours));
        values.put("next_tag", nextTag);
        values.put("changelog", changelog.strip());
        values.put("description", description);
        return values;
    }

    /** The values of a backport pull request, one for every placeholder of its templates. */
    static Map<String, String> backportValues(String tag, Version version, String branch, String main, String target) {
        return Map.of("tag", tag, "version", version.toString(), "branch", branch, "main", main, "target", target);
    }

    private static void requireKnown(Template template, String text) {
        PlaceholderText.of(text).requireKnown(template.placeholders(), template.propertyName() + " pull request template");
    }

    /** Builds {@link PullRequestTemplates}; every template starts at its default. */
    public static final class Builder {
        private final Map<Template, String> texts = new EnumMap<>(Template.class);

        private Builder() {
            texts.put(Template.RELEASE_TITLE, DEFAULT_RELEASE_TITLE);
            texts.put(Template.RELEASE_BODY, DEFAULT_RELEASE_BODY);
            texts.put(Template.HOTFIX_TITLE, DEFAULT_HOTFIX_TITLE);
            texts.put(Template.HOTFIX_BODY, DEFAULT_HOTFIX_BODY);
            texts.put(Template.BACKPORT_TITLE, DEFAULT_BACKPORT_TITLE);
            texts.put(Template.BACKPORT_BODY, DEFAULT_BACKPORT_BODY);
        }

        /**
         * The release title; {@value PullRequestTemplates#DEFAULT_RELEASE_TITLE} by default.
         *
         * @param template the template
         * @return this builder
         */
        public Builder releaseTitle(String template) {
            texts.put(Template.RELEASE_TITLE, template);
            return this;
        }

        /**
         * The release body; {@link PullRequestTemplates#DEFAULT_RELEASE_BODY} by default.
         *
         * @param template the template
         * @return this builder
         */
        public Builder releaseBody(String template) {
            texts.put(Template.RELEASE_BODY, template);
            return this;
        }

        /**
         * The hotfix title; {@value PullRequestTemplates#DEFAULT_HOTFIX_TITLE} by default.
         *
         * @param template the template
         * @return this builder
         */
        public Builder hotfixTitle(String template) {
            texts.put(Template.HOTFIX_TITLE, template);
            return this;
        }

        /**
         * The hotfix body; {@link PullRequestTemplates#DEFAULT_HOTFIX_BODY} by default.
         *
         * @param template the template
         * @return this builder
         */
        public Builder hotfixBody(String template) {
            texts.put(Template.HOTFIX_BODY, template);
            return this;
        }

        /**
         * The backport title; {@value PullRequestTemplates#DEFAULT_BACKPORT_TITLE} by default.
         *
         * @param template the template
         * @return this builder
         */
        public Builder backportTitle(String template) {
            texts.put(Template.BACKPORT_TITLE, template);
            return this;
        }

        /**
         * The backport body; {@link PullRequestTemplates#DEFAULT_BACKPORT_BODY} by default.
         *
         * @param template the template
         * @return this builder
         */
        public Builder backportBody(String template) {
            texts.put(Template.BACKPORT_BODY, template);
            return this;
        }

        /**
         * Builds the templates.
         *
         * @return the templates
         * @throws dev.releaserules.core.InvalidInputException when a title is blank or a template holds an unknown placeholder
         */
        public PullRequestTemplates build() {
            return new PullRequestTemplates(texts.get(Template.RELEASE_TITLE), texts.get(Template.RELEASE_BODY),
                    texts.get(Template.HOTFIX_TITLE), texts.get(Template.HOTFIX_BODY),
                    texts.get(Template.BACKPORT_TITLE), texts.get(Template.BACKPORT_BODY));
        }
    }
}
