package dev.releaserules.core.changelog;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.PlaceholderText;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How release notes are grouped, linked and laid out: a title per commit type (in section order), the
 * hidden types, the URL templates for commit and compare links, the breaking-changes title and the
 * Markdown layout. Immutable and thread-safe.
 *
 * <p>The defaults follow conventional-changelog: sections Features ({@code feat}), Bug Fixes
 * ({@code fix}), Performance Improvements ({@code perf}), Reverts ({@code revert}), Documentation
 * ({@code docs}), Code Refactoring ({@code refactor}), Tests ({@code test}), Build System
 * ({@code build}), Continuous Integration ({@code ci}), Styles ({@code style}) and Miscellaneous Chores
 * ({@code chore}), in that order; hidden types {@code docs, style, refactor, test, build, ci, chore}; no
 * links; layout {@link ChangelogLayout#CONVENTIONAL_CHANGELOG}. A hidden type's commits are left out
 * unless they are breaking: a breaking commit always appears, in its type's section and among the
 * breaking changes.
 *
 * <pre>{@code
 * ChangelogConfig config = ChangelogConfig.builder()
 *         .commitUrl("https://git.example.com/acme/app/commit/{hash}")
 *         .compareUrl("https://git.example.com/acme/app/compare/{previous_tag}...{tag}")
 *         .show("docs")
 *         .build();
 * }</pre>
 */
public final class ChangelogConfig {
    /** The default title of the breaking-changes section. */
    public static final String BREAKING_TITLE = "⚠ BREAKING CHANGES";

    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final ChangelogConfig DEFAULTS = new Builder().build();

    private final Map<String, String> titles;
    private final Set<String> hidden;
    private final String commitUrl;
    private final String compareUrl;
    private final String breakingTitle;
    private final ChangelogLayout layout;
    private final boolean multiHeaderBodies;
    private final String issueUrl;
    private final String userUrl;
    private final boolean footerReferences;
    private final ChangelogSpacing spacing;
    private final EntryOrder entryOrder;
    private final boolean mergeSameChange;
    private final boolean gitReverts;
    private final ReleaseDateSource dateSource;
    private final boolean capitalize;
    private final boolean showReleaseAs;

    private ChangelogConfig(Builder b) {
        this.multiHeaderBodies = b.multiHeaderBodies;
        this.issueUrl = b.issueUrl;
        this.userUrl = b.userUrl;
        this.footerReferences = b.footerReferences;
        this.spacing = b.spacing;
        this.entryOrder = b.entryOrder;
        this.mergeSameChange = b.mergeSameChange;
        this.gitReverts = b.gitReverts;
        this.dateSource = b.dateSource;
        this.capitalize = b.capitalize;
        this.showReleaseAs = b.showReleaseAs;
        this.titles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.titles));
        this.hidden = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.hidden));
        this.commitUrl = b.commitUrl;
        this.compareUrl = b.compareUrl;
        this.breakingTitle = b.breakingTitle;
        this.layout = b.layout;
    }

    /**
     * The default configuration (see the class description).
     *
     * @return the defaults
     */
    public static ChangelogConfig defaults() {
        return DEFAULTS;
    }

    /**
     * A builder that starts from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this configuration.
     *
     * @return a new builder with this configuration's values
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.titles.clear();
        b.titles.putAll(titles);
        b.hidden.clear();
        b.hidden.addAll(hidden);
        b.commitUrl = commitUrl;
        b.compareUrl = compareUrl;
        b.breakingTitle = breakingTitle;
        b.layout = layout;
        b.multiHeaderBodies = multiHeaderBodies;
        b.issueUrl = issueUrl;
        b.userUrl = userUrl;
        b.footerReferences = footerReferences;
        b.spacing = spacing;
        b.entryOrder = entryOrder;
        b.mergeSameChange = mergeSameChange;
        b.gitReverts = gitReverts;
        b.dateSource = dateSource;
        b.capitalize = capitalize;
        b.showReleaseAs = showReleaseAs;
        return b;
    }

    /**
     * The commit types that have a section, in section order.
     *
     * @return the normalised types
     */
    public List<String> types() {
        return List.copyOf(titles.keySet());
    }

    /**
     * The section title of a commit type.
     *
     * @param type the type; compared in lower case
     * @return the title, or empty when the type has no section
     */
    public Optional<String> findTitle(String type) {
        Checks.notNull(type, "type");
        return Optional.ofNullable(titles.get(type.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a type's commits are left out unless breaking.
     *
     * @param type the type; compared in lower case
     * @return true for a hidden type
     */
    public boolean isHidden(String type) {
        Checks.notNull(type, "type");
        return hidden.contains(type.toLowerCase(Locale.ROOT));
    }

    /**
     * The hidden types.
     *
     * @return the normalised hidden types
     */
    public Set<String> hiddenTypes() {
        return hidden;
    }

    /**
     * The title of the breaking-changes section.
     *
     * @return the title; {@link #BREAKING_TITLE} by default
     */
    public String breakingTitle() {
        return breakingTitle;
    }

    /**
     * The Markdown layout.
     *
     * @return the layout
     */
    public ChangelogLayout layout() {
        return layout;
    }

    /**
     * The link to a commit, when a commit URL template is configured.
     *
     * @param id the full commit id
     * @return the link, or empty
     */
    public Optional<String> commitLink(String id) {
        Checks.notBlank(id, "commit id");
        if (commitUrl.isEmpty()) {
            return Optional.empty();
        }
        String shortId = id.length() <= 7 ? id : id.substring(0, 7);
        return Optional.of(fill(commitUrl, Map.of("hash", id, "short_hash", shortId)));
    }

    /**
     * The link comparing two tags, when a compare URL template is configured.
     *
     * @param previousTag the previous release's tag name, such as {@code v2.1.1}
     * @param tag this release's tag name, such as {@code v2.2.0}
     * @return the link, or empty
     * @throws InvalidInputException when a tag name is blank or holds whitespace
     */
    public Optional<String> compareLink(String previousTag, String tag) {
        checkTag(previousTag);
        checkTag(tag);
        if (compareUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fill(compareUrl, Map.of("previous_tag", previousTag, "tag", tag)));
    }

    /**
     * The link to an issue or pull request, when an issue URL template is configured.
     *
     * @param number the issue number, digits (release-please also links {@code #abc1}: letters and digits)
     * @return the link, or empty
     */
    public Optional<String> issueLink(String number) {
        Checks.notBlank(number, "issue number");
        return issueUrl.isEmpty() ? Optional.empty() : Optional.of(fill(issueUrl, Map.of("number", number)));
    }

    /**
     * The link to a user's profile, when a user URL template is configured.
     *
     * @param user the user name, such as {@code octocat}
     * @return the link, or empty
     */
    public Optional<String> userLink(String user) {
        Checks.notBlank(user, "user");
        return userUrl.isEmpty() ? Optional.empty() : Optional.of(fill(userUrl, Map.of("user", user)));
    }

    /**
     * Whether footer references such as {@code Fixes #12} or {@code Closes: #12} are rendered after
     * the entry, as {@code , closes [#12](issue-link)} (numbers already linked in the description are
     * not repeated).
     *
     * @return true when they are; false unless set
     */
    public boolean footerReferences() {
        return footerReferences;
    }

    /**
     * The blank lines before section headings.
     *
     * @return the spacing; {@link ChangelogSpacing#single()} unless set
     */
    public ChangelogSpacing spacing() {
        return spacing;
    }

    /**
     * The order of entries within a section.
     *
     * @return the order; {@link EntryOrder#SCOPE_THEN_DESCRIPTION} unless set
     */
    public EntryOrder entryOrder() {
        return entryOrder;
    }

    /**
     * Whether commits describing the same change (see {@link Entry}) are one entry.
     *
     * @return true unless set; false means one entry per conventional header
     */
    public boolean mergeSameChange() {
        return mergeSameChange;
    }

    /**
     * Whether git's {@code Revert "..."} commits are entries of the Reverts section.
     *
     * @return true unless set; false leaves them out as not conventional
     */
    public boolean gitReverts() {
        return gitReverts;
    }

    /**
     * Where a release's date comes from when notes are made from the release tags' history.
     *
     * @return the source; {@link ReleaseDateSource#TAGGED_COMMIT} unless set
     */
    public ReleaseDateSource dateSource() {
        return dateSource;
    }

    /**
     * Whether the first letter of each entry's description is written in upper case
     * ({@code fix: add x} as {@code Add x}), as release-please-managed changelogs show them;
     * breaking-change notes keep their case.
     *
     * @return true when capitalised; false unless set
     */
    public boolean capitalize() {
        return capitalize;
    }

    /**
     * Whether a commit with a {@code Release-As:} footer has an entry even when its type is hidden, as
     * release-please lists {@code chore: release 2.0.0} with {@code Release-As: 2.0.0}.
     *
     * @return true when such commits are shown; false unless set
     */
    public boolean showReleaseAs() {
        return showReleaseAs;
    }

    static void checkTag(String tag) {
        Checks.notBlank(tag, "tag name");
        if (tag.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("tag name", tag, Messages.TAG);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        return PlaceholderText.of(template).render(values, ChangelogConfig::urlSafe);
    }

    // Keeps what a URL path may hold as is, and percent-encodes the rest, so that a link never holds
    // a parenthesis, bracket, angle bracket or space that would end a Markdown link early.
    private static String urlSafe(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/@+!$&'*,;=:".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String template(String template, Set<String> allowed, Set<String> required, boolean any,
            String subject, String expected) {
        Checks.notNull(template, subject);
        if (template.isEmpty()) {
            return template;
        }
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "()<>".indexOf(c) >= 0) {
                throw new InvalidInputException(subject, template, expected, i);
            }
        }
        PlaceholderText text = PlaceholderText.of(template);
        text.findProblem(allowed).ifPresent(p -> {
            throw new InvalidInputException(subject, template, p.replacement().isPresent()
                    ? expected + " (" + p.describe(allowed) + ")" : expected, p.position());
        });
        Set<String> found = new LinkedHashSet<>(text.placeholders());
        boolean ok = any ? found.stream().anyMatch(required::contains) : found.containsAll(required);
        if (!ok) {
            throw new InvalidInputException(subject, template, expected);
        }
        return template;
    }

    private static String type(String type) {
        Checks.notNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new InvalidInputException("type", type, Messages.TYPE);
        }
        return type.toLowerCase(Locale.ROOT);
    }

    private static String line(String text, String subject, String expected) {
        Checks.notNull(text, subject);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i)) || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029') {
                throw new InvalidInputException(subject, text, expected, i);
            }
        }
        return text;
    }

    @Override
    public String toString() {
        return "ChangelogConfig[titles=" + titles + ", hidden=" + hidden + ", commitUrl=" + commitUrl
                + ", compareUrl=" + compareUrl + ", breakingTitle=" + breakingTitle + ", layout=" + layout
                + ", multiHeaderBodies=" + multiHeaderBodies + ", issueUrl=" + issueUrl + ", userUrl=" + userUrl
                + ", footerReferences=" + footerReferences + ", spacing=" + spacing + ", entryOrder=" + entryOrder
                + ", mergeSameChange=" + mergeSameChange + ", gitReverts=" + gitReverts + ", dateSource=" + dateSource
                + ", capitalize=" + capitalize + ", showReleaseAs=" + showReleaseAs + "]";
    }

    /**
     * Whether a conventional header on a line of its own inside a commit's body
     * ({@code fix(deps): bump x} in the body of a {@code feat: ...} commit) is an entry of its own,
     * with the same commit, as release-please reads such commits.
     *
     * @return true when body headers are entries; false unless set
     */
    public boolean multiHeaderBodies() {
        return multiHeaderBodies;
    }

    /** Builds a {@link ChangelogConfig}; not thread-safe, each setter validates its argument at once. */
    public static final class Builder {
        private final Map<String, String> titles = new LinkedHashMap<>();
        private final Set<String> hidden = new LinkedHashSet<>();
        private String commitUrl = "";
        private String compareUrl = "";
        private String breakingTitle = BREAKING_TITLE;
        private ChangelogLayout layout = ChangelogLayout.CONVENTIONAL_CHANGELOG;
        private boolean multiHeaderBodies;
        private String issueUrl = "";
        private String userUrl = "";
        private boolean footerReferences;
        private ChangelogSpacing spacing = ChangelogSpacing.single();
        private EntryOrder entryOrder = EntryOrder.SCOPE_THEN_DESCRIPTION;
        private boolean mergeSameChange = true;
        private boolean gitReverts = true;
        private ReleaseDateSource dateSource = ReleaseDateSource.TAGGED_COMMIT;
        private boolean capitalize;
        private boolean showReleaseAs;

        private Builder() {
            titles.put("feat", "Features");
            titles.put("fix", "Bug Fixes");
            titles.put("perf", "Performance Improvements");
            titles.put("revert", "Reverts");
            titles.put("docs", "Documentation");
            titles.put("refactor", "Code Refactoring");
            titles.put("test", "Tests");
            titles.put("build", "Build System");
            titles.put("ci", "Continuous Integration");
            titles.put("style", "Styles");
            titles.put("chore", "Miscellaneous Chores");
            hidden.addAll(List.of("docs", "style", "refactor", "test", "build", "ci", "chore"));
        }

        /**
         * Sets the title of a type's section; a type without a section so far gets one after the others.
         *
         * @param type the commit type, such as {@code deps}; stored in lower case
         * @param title the section title, such as {@code Dependencies}; one non-blank line
         * @return this builder
         * @throws InvalidInputException when the type is not a word or the title not one line
         */
        public Builder section(String type, String title) {
            String key = type(type);
            Checks.notBlank(title, "section title");
            titles.put(key, line(title, "section title", Messages.SECTION_TITLE).strip());
            return this;
        }

        /**
         * Sets the hidden types, replacing the current ones.
         *
         * @param types the types to hide
         * @return this builder
         */
        public Builder hiddenTypes(Collection<String> types) {
            List<String> copy = Checks.listCopy(types, "hiddenTypes");
            hidden.clear();
            copy.forEach(t -> hidden.add(type(t)));
            return this;
        }

        /**
         * Hides a type: its commits are left out unless breaking.
         *
         * @param type the type
         * @return this builder
         */
        public Builder hide(String type) {
            hidden.add(type(type));
            return this;
        }

        /**
         * Shows a type that was hidden.
         *
         * @param type the type
         * @return this builder
         */
        public Builder show(String type) {
            hidden.remove(type(type));
            return this;
        }

        /**
         * Sets the URL template of commit links; {@code {hash}} is the full id, {@code {short_hash}} the
         * first seven characters. Empty (the default) means no commit links.
         *
         * @param template such as {@code https://git.example.com/acme/app/commit/{hash}}
         * @return this builder
         * @throws InvalidInputException when the template has whitespace, parentheses or angle
         *     brackets, no {@code {hash}}/{@code {short_hash}}, or another placeholder
         */
        public Builder commitUrl(String template) {
            this.commitUrl = template(template, Set.of("hash", "short_hash"), Set.of("hash", "short_hash"), true,
                    "commit URL template", Messages.COMMIT_URL);
            return this;
        }

        /**
         * Sets the URL template of compare links; {@code {previous_tag}} and {@code {tag}} are the tag
         * names the caller gives. Empty (the default) means no compare links.
         *
         * @param template such as {@code https://git.example.com/acme/app/compare/{previous_tag}...{tag}}
         * @return this builder
         * @throws InvalidInputException when the template has whitespace, parentheses or angle
         *     brackets, lacks one of the placeholders, or has another placeholder
         */
        public Builder compareUrl(String template) {
            this.compareUrl = template(template, Set.of("previous_tag", "tag"), Set.of("previous_tag", "tag"), false,
                    "compare URL template", Messages.COMPARE_URL);
            return this;
        }

        /**
         * Sets the title of the breaking-changes section.
         *
         * @param title one non-blank line; {@link #BREAKING_TITLE} by default
         * @return this builder
         */
        public Builder breakingTitle(String title) {
            Checks.notBlank(title, "breaking-changes title");
            this.breakingTitle = line(title, "breaking-changes title", Messages.SECTION_TITLE).strip();
            return this;
        }

        /**
         * Sets the Markdown layout.
         *
         * @param layout the layout
         * @return this builder
         */
        public Builder layout(ChangelogLayout layout) {
            this.layout = Checks.notNull(layout, "layout");
            return this;
        }

        /**
         * Whether conventional headers on lines of their own inside a commit's body are entries of
         * their own (see {@link ChangelogConfig#multiHeaderBodies()}); false unless set, because a
         * body line such as {@code fix: see below} in prose would otherwise become an entry.
         *
         * @param value true to read body headers as entries
         * @return this builder
         */
        public Builder multiHeaderBodies(boolean value) {
            this.multiHeaderBodies = value;
            return this;
        }

        /**
         * Sets the URL template of issue and pull-request links; {@code {number}} is the number. With
         * it, every {@code #N} in a description ({@code (#2862)} or a bare {@code #99}) becomes
         * {@code [#N](link)}. Empty (the default) means no issue links.
         *
         * @param template such as {@code https://github.com/acme/app/issues/{number}}
         * @return this builder
         * @throws InvalidInputException when the template has whitespace, parentheses or angle
         *     brackets, no {@code {number}}, or another placeholder
         */
        public Builder issueUrl(String template) {
            this.issueUrl = template(template, Set.of("number"), Set.of("number"), false, "issue URL template",
                    Messages.ISSUE_URL);
            return this;
        }

        /**
         * Sets the URL template of user links; {@code {user}} is the name. With it, {@code @name} in a
         * description becomes {@code [@name](link)} as release-please writes it. Empty (the default)
         * means no user links.
         *
         * @param template such as {@code https://github.com/{user}}
         * @return this builder
         * @throws InvalidInputException when the template has whitespace, parentheses or angle
         *     brackets, no {@code {user}}, or another placeholder
         */
        public Builder userUrl(String template) {
            this.userUrl = template(template, Set.of("user"), Set.of("user"), false, "user URL template",
                    Messages.USER_URL);
            return this;
        }

        /**
         * Whether footer references ({@code Fixes #12}, {@code Closes: #12}, {@code Refs #12}, any
         * token) are rendered after the entry (see {@link ChangelogConfig#footerReferences()}).
         *
         * @param value true to render them; false unless set
         * @return this builder
         */
        public Builder footerReferences(boolean value) {
            this.footerReferences = value;
            return this;
        }

        /**
         * Sets the blank lines before section headings.
         *
         * @param value the spacing; {@link ChangelogSpacing#single()} unless set
         * @return this builder
         */
        public Builder spacing(ChangelogSpacing value) {
            this.spacing = Checks.notNull(value, "spacing");
            return this;
        }

        /**
         * Sets the order of entries within a section.
         *
         * @param value the order; {@link EntryOrder#SCOPE_THEN_DESCRIPTION} unless set
         * @return this builder
         */
        public Builder entryOrder(EntryOrder value) {
            this.entryOrder = Checks.notNull(value, "entry order");
            return this;
        }

        /**
         * Whether commits describing the same change are one entry (see {@link Entry}); release-please
         * lists each conventional header on its own.
         *
         * @param value false for one entry per header; true unless set
         * @return this builder
         */
        public Builder mergeSameChange(boolean value) {
            this.mergeSameChange = value;
            return this;
        }

        /**
         * Whether git's {@code Revert "..."} commits are entries of the Reverts section.
         *
         * @param value false to leave them out as not conventional; true unless set
         * @return this builder
         */
        public Builder gitReverts(boolean value) {
            this.gitReverts = value;
            return this;
        }

        /**
         * Whether entries' descriptions start with an upper-case letter (see
         * {@link ChangelogConfig#capitalize()}).
         *
         * @param value true to capitalise; false unless set
         * @return this builder
         */
        public Builder capitalize(boolean value) {
            this.capitalize = value;
            return this;
        }

        /**
         * Whether commits with a {@code Release-As:} footer are shown whatever their type (see
         * {@link ChangelogConfig#showReleaseAs()}).
         *
         * @param value true to show them; false unless set
         * @return this builder
         */
        public Builder showReleaseAs(boolean value) {
            this.showReleaseAs = value;
            return this;
        }

        /**
         * Sets where a release's date comes from.
         *
         * @param value the source; {@link ReleaseDateSource#TAGGED_COMMIT} unless set
         * @return this builder
         */
        public Builder dateSource(ReleaseDateSource value) {
            this.dateSource = Checks.notNull(value, "date source");
            return this;
        }

        /**
         * Puts the sections of these types first, in this order; the other sections follow in their
         * current order.
         *
         * @param types commit types that have a section
         * @return this builder
         * @throws InvalidInputException when a type has no section
         */
        public Builder sectionOrder(List<String> types) {
            List<String> copy = Checks.listCopy(types, "section order");
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String t : copy) {
                String key = type(t);
                String title = titles.get(key);
                if (title == null) {
                    throw new InvalidInputException("section order", t, Messages.KNOWN_SECTION + titles.keySet());
                }
                ordered.put(key, title);
            }
            titles.forEach(ordered::putIfAbsent);
            titles.clear();
            titles.putAll(ordered);
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public ChangelogConfig build() {
            return new ChangelogConfig(this);
        }
    }
}
