package dev.releaserules.core.changelog;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.commit.Footer;
import dev.releaserules.core.commit.MergeCommit;
import dev.releaserules.core.commit.RevertCommit;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link ReleaseNotes} of one release: a pure computation over the commits given, made by
 * {@link ChangelogGenerator#notes()}; {@link #build()} may be called again after changing a property.
 *
 * <p>Version and date are required; without both tags there is no compare link; without commits the
 * notes are empty. Entries within a section are ordered: entries without scope first, then by scope and
 * description, ignoring case (as conventional-changelog sorts them). Not thread-safe.
 */
public final class ReleaseNotesBuilder {
    private static final Pattern PR_SUFFIX = Pattern.compile("(\\s*\\(#\\d+\\))+\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.hasScope())
            .thenComparing(e -> e.scope().toLowerCase(Locale.ROOT))
            .thenComparing(e -> e.description().toLowerCase(Locale.ROOT));

    private final ChangelogConfig config;
    private @Nullable Version version;
    private @Nullable Version previousVersion;
    private @Nullable LocalDate date;
    private String tag = "";
    private String previousTag = "";
    private List<Commit> commits = List.of();

    ReleaseNotesBuilder(ChangelogConfig config) {
        this.config = config;
    }

    /**
     * Sets the version released (required).
     *
     * @param version the version
     * @return this builder
     */
    public ReleaseNotesBuilder version(Version version) {
        this.version = Checks.notNull(version, "version");
        return this;
    }

    /**
     * Sets the previous version (optional; none for a first release).
     *
     * @param previousVersion the previous version
     * @return this builder
     */
    public ReleaseNotesBuilder previousVersion(Version previousVersion) {
        this.previousVersion = Checks.notNull(previousVersion, "previousVersion");
        return this;
    }

    /**
     * Sets the release date (required).
     *
     * @param date the date
     * @return this builder
     */
    public ReleaseNotesBuilder date(LocalDate date) {
        this.date = Checks.notNull(date, "date");
        return this;
    }

    /**
     * Sets this release's tag name, used in the compare link.
     *
     * @param tag such as {@code v2.2.0}
     * @return this builder
     */
    public ReleaseNotesBuilder tag(String tag) {
        ChangelogConfig.checkTag(tag);
        this.tag = tag;
        return this;
    }

    /**
     * Sets the previous release's tag name, used in the compare link.
     *
     * @param previousTag such as {@code v2.1.1}
     * @return this builder
     */
    public ReleaseNotesBuilder previousTag(String previousTag) {
        ChangelogConfig.checkTag(previousTag);
        this.previousTag = previousTag;
        return this;
    }

    /**
     * Sets the commits of the range, newest first as git gives them; each commit once.
     *
     * @param commits the commits
     * @return this builder
     */
    public ReleaseNotesBuilder commits(List<Commit> commits) {
        this.commits = Checks.listCopy(commits, "commits");
        return this;
    }

    /**
     * Makes the notes.
     *
     * @return the notes; every commit given is in one entry or in {@link ReleaseNotes#excluded()}
     * @throws InvalidInputException when the version or date is missing, or a commit id appears twice
     */
    public ReleaseNotes build() {
        Version v = version;
        LocalDate d = date;
        if (v == null) {
            throw new InvalidInputException("release notes request", "", Messages.VERSION_SET);
        }
        if (d == null) {
            throw new InvalidInputException("release notes request", "", Messages.DATE_SET);
        }
        Set<String> ids = new HashSet<>();
        for (Commit commit : commits) {
            if (!ids.add(commit.id())) {
                throw new InvalidInputException("commit id", commit.id(), Messages.UNIQUE_COMMITS);
            }
        }

        Map<ChangeKey, List<Member>> units = new LinkedHashMap<>();
        Map<String, Exclusion> exclusions = new HashMap<>();
        for (Commit commit : commits) {
            // Java 17: no pattern matching for switch yet, hence the instanceof chain.
            CommitMessage message = commit.message();
            if (message instanceof ConventionalCommit c) {
                if (config.multiHeaderBodies()) {
                    // release-please lists the headers found in a message before the message's own.
                    extraHeaders(c).forEach(h -> add(units, new Member(commit, h.normalizedType(), h.scope(),
                            h.description(), h.breakingMarker() ? List.of(h.description()) : List.of(), List.of(), false)));
                }
                add(units, new Member(commit, c.normalizedType(), c.scope(), c.description(), c.breakingChanges(),
                        config.footerReferences() ? references(c) : List.of(),
                        config.showReleaseAs() && c.findFooter("Release-As").isPresent()));
            } else if (message instanceof RevertCommit r && config.gitReverts()) {
                add(units, new Member(commit, "revert", "", revertDescription(commit, r), List.of(), List.of(), false));
            } else if (message instanceof MergeCommit) {
                exclusions.put(commit.id(), Exclusion.MERGE);
            } else {
                exclusions.put(commit.id(), Exclusion.NON_CONVENTIONAL);
            }
        }

        Map<String, List<Entry>> byType = new LinkedHashMap<>();
        config.types().forEach(t -> byType.put(t, new ArrayList<>()));
        Set<String> shown = new HashSet<>();
        Map<String, Exclusion> hidden = new HashMap<>();
        List<BreakingChange> breakingInCommitOrder = new ArrayList<>();
        for (Map.Entry<ChangeKey, List<Member>> unit : units.entrySet()) {
            String type = unit.getKey().type();
            List<Member> members = unit.getValue();
            boolean breaking = members.stream().anyMatch(m -> !m.notes().isEmpty());
            boolean releaseAs = members.stream().anyMatch(Member::releaseAs);
            boolean known = config.findTitle(type).isPresent();
            if (breaking || releaseAs || (known && !config.isHidden(type))) {
                Entry entry = entry(type, members);
                byType.computeIfAbsent(type, t -> new ArrayList<>()).add(entry);
                members.forEach(m -> shown.add(m.commit().id()));
                entry.breakingNotes().forEach(n -> breakingInCommitOrder.add(
                        new BreakingChange(entry.scope(), n, entry.commits())));
            } else {
                Exclusion reason = known ? Exclusion.HIDDEN_TYPE : Exclusion.UNKNOWN_TYPE;
                members.forEach(m -> hidden.putIfAbsent(m.commit().id(), reason));
            }
        }
        // A commit with one header shown is not excluded for another header that is hidden.
        hidden.forEach((id, reason) -> {
            if (!shown.contains(id)) {
                exclusions.put(id, reason);
            }
        });

        List<Section> sections = new ArrayList<>();
        byType.forEach((type, entries) -> {
            if (!entries.isEmpty()) {
                sort(entries);
                sections.add(new Section(type, config.findTitle(type).orElse(type), entries));
            }
        });
        List<ExcludedCommit> excluded = new ArrayList<>();
        for (Commit commit : commits) {
            Exclusion reason = exclusions.get(commit.id());
            if (reason != null) {
                excluded.add(new ExcludedCommit(commit, reason));
            }
        }

        ReleaseNotes.Builder notes = ReleaseNotes.builder().version(v).date(d).sections(sections).excluded(excluded);
        if (config.entryOrder() == EntryOrder.RELEASE_PLEASE) {
            // release-please lists breaking changes in the commits' order, not in the entries' order.
            notes.breakingChanges(breakingInCommitOrder);
        }
        if (previousVersion != null) {
            notes.previousVersion(previousVersion);
        }
        if (!tag.isEmpty() && !previousTag.isEmpty()) {
            config.compareLink(previousTag, tag).ifPresent(notes::compareLink);
        }
        return notes.build();
    }

    /**
     * The conventional headers standing on lines of their own in a commit's body, and the footers
     * that are conventional headers ({@code chore: bump x} read as the footer {@code chore}).
     */
    private static List<ConventionalCommit> extraHeaders(ConventionalCommit commit) {
        List<ConventionalCommit> headers = new ArrayList<>();
        for (String line : commit.body().split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))
                    && CommitMessage.parse(line) instanceof ConventionalCommit header) {
                headers.add(header);
            }
        }
        for (Footer footer : commit.footers()) {
            if (footer.isBreakingChange() || footer.value().isBlank() || isReference(commit, footer)) {
                continue;
            }
            List<String> lines = footer.value().lines().toList();
            if (CommitMessage.parse(footer.token() + ": " + lines.get(0)) instanceof ConventionalCommit header
                    && isType(header.type())) {
                headers.add(header);
            }
            // A header with a scope, such as fix(deps): x, is no footer token here, so it continues the
            // footer before it; release-please reads it as a footer of its own.
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))
                        && CommitMessage.parse(line) instanceof ConventionalCommit header && isType(header.type())) {
                    headers.add(header);
                }
            }
        }
        return headers;
    }

    // A footer token such as Signed-off-by is no commit type; a type is one word.
    private static boolean isType(String token) {
        return token.chars().allMatch(c -> Character.isLetterOrDigit(c));
    }

    /** The issue numbers of footers such as {@code Fixes #12} or {@code Closes: #12}. */
    private static List<String> references(ConventionalCommit commit) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Footer footer : commit.footers()) {
            if (isReference(commit, footer)) {
                numbers.add(footer.value().startsWith("#") ? footer.value().substring(1) : footer.value());
            }
        }
        return List.copyOf(numbers);
    }

    private static boolean isReference(ConventionalCommit commit, Footer footer) {
        if (footer.isBreakingChange()) {
            return false;
        }
        String value = footer.value();
        if (value.startsWith("#")) {
            return isDigits(value.substring(1));
        }
        // "Fixes #12" keeps 12 as the value; "Fixes: 12" (no #) is no reference.
        return isDigits(value) && commit.raw().contains(footer.token() + " #" + value);
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private void sort(List<Entry> entries) {
        switch (config.entryOrder()) {
            case SCOPE_THEN_DESCRIPTION -> entries.sort(ORDER);
            case COMMIT_ORDER -> {
                // already in the commits' order
            }
            case RELEASE_PLEASE -> {
                Map<Entry, String> text = new java.util.IdentityHashMap<>();
                entries.forEach(e -> text.put(e, ReleasePleaseText.description(e.description(), config)));
                ReleasePleaseText.sort(entries, (a, b) -> ReleasePleaseText.compareFields(a.scope(), text.get(a),
                        b.scope(), text.get(b)));
            }
        }
    }

    private void add(Map<ChangeKey, List<Member>> units, Member member) {
        ChangeKey key = config.mergeSameChange()
                ? new ChangeKey(member.type(), member.scope().strip().toLowerCase(Locale.ROOT),
                        normalise(member.description()), 0)
                : new ChangeKey(member.type(), member.scope(), member.description(), units.size());
        units.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
    }

    private static String revertDescription(Commit commit, RevertCommit revert) {
        if (!revert.revertedSubject().isBlank()) {
            return revert.revertedSubject().strip();
        }
        return revert.subject().isBlank() ? "revert " + commit.shortId() : revert.subject().strip();
    }

    static String normalise(String description) {
        // The regular expressions run only where they change something: on a whole-history changelog
        // they were 6 % of the time, and most descriptions have no "(#" and only single spaces.
        String withoutPr = description.contains("(#") ? PR_SUFFIX.matcher(description).replaceFirst("") : description;
        String spaced = hasOnlySingleSpaces(withoutPr) ? withoutPr : SPACES.matcher(withoutPr).replaceAll(" ");
        return spaced.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether every run of {@code \s} characters is one plain space, so that collapsing them changes nothing. */
    private static boolean hasOnlySingleSpaces(String text) {
        boolean previousSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (c != ' ' || previousSpace)) {
                return false;
            }
            previousSpace = space;
        }
        return true;
    }

    private Entry entry(String type, List<Member> members) {
        // The squashed commit on the main line usually carries the pull-request reference, which
        // readers want to see; otherwise the newest commit speaks for the unit.
        Member shown = members.stream()
                .filter(m -> m.description().contains("(#") && PR_SUFFIX.matcher(m.description()).find())
                .findFirst()
                .orElse(members.get(0));
        List<CommitRef> refs = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (Member m : members) {
            refs.add(new CommitRef(m.commit().id(), config.commitLink(m.commit().id()).orElse("")));
            notes.addAll(m.notes());
            references.addAll(m.references());
        }
        return new Entry(type, shown.scope(), shown.description(), refs, List.copyOf(notes), List.copyOf(references));
    }

    /** The identity of a unit of change (see {@link Entry}). */
    private record ChangeKey(String type, String scope, String description, int header) {
    }

    private record Member(Commit commit, String type, String scope, String description, List<String> notes,
            List<String> references, boolean releaseAs) {
    }
}
