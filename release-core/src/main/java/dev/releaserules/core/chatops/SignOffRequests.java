package dev.releaserules.core.chatops;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.manifest.Checklist;
import dev.releaserules.core.manifest.CommentCommand;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.core.spi.Comment;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.NewIssue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sign-off requests as issues on the code host (R-SR), and the collection of their answers (R-SO1).
 *
 * <p>{@link #request} opens, for each component that needs a sign-off, an issue titled
 * {@code [Sign-off Required] <component> - <release id>} with the component's changes, its checklist
 * and how to answer ({@code /approve} or {@code /reject <reason>}), labelled {@code release},
 * {@code sign-off-required} and the component. The title is the request's identity: an issue with
 * that exact title, open or closed, counts as the request, so running it again opens nothing.
 *
 * <p>{@link #collect} reads the comments of each request through the port and hands each comment's
 * first sign-off command, with the comment's author, to {@link ReleaseDesk#signOff}: who may sign,
 * the quoted-text rule and rejections that block are the manifest rules', not repeated here. Each
 * component remembers, in its {@code sign_off_comments_read} field, the last comment read (and in
 * {@code sign_off_issue} the request it came from), so a comment counts once: collecting again
 * changes nothing, and an approval that new commits sent back to pending is not revived by the old
 * {@code /approve}. This relies on the host's comment ids growing with time, as they do on GitHub,
 * GitLab and Gitea.
 *
 * <pre>{@code
 * SignOffRequests requests = SignOffRequests.builder().hosting(hosting).desk(desk).build();
 * requests.request(manifest);                        // opens the missing issues
 * CollectReport answers = requests.collect(manifest);
 * manifest = answers.manifest();                     // write it back
 * }</pre>
 *
 * <p>Immutable and thread-safe as far as the hosting port is.
 */
public final class SignOffRequests {
    /** The label every release issue carries. */
    public static final String RELEASE_LABEL = "release";
    /** The label of sign-off requests. */
    public static final String SIGN_OFF_LABEL = "sign-off-required";
    /** The component field that holds the number of the component's request issue. */
    public static final String ISSUE_FIELD = "sign_off_issue";
    /** The component field that holds the id of the last comment read on that issue. */
    public static final String READ_FIELD = "sign_off_comments_read";

    private final Hosting hosting;
    private final ReleaseDesk desk;
    private final List<String> checklist;

    private SignOffRequests(Builder b) {
        this.hosting = Checks.notNull(b.hosting, "hosting");
        this.desk = b.desk;
        this.checklist = b.checklist;
    }

    /**
     * A builder; the hosting port is required, the desk defaults to {@code ReleaseDesk.builder().build()}
     * and the checklist to the team lead checklist of the release-management process.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The title of a component's sign-off request.
     *
     * @param component the component name
     * @param release the release id
     * @return such as {@code [Sign-off Required] api - rel-2024-01-15-001}
     */
    public static String title(String component, ReleaseId release) {
        Checks.notBlank(component, "component");
        Checks.notNull(release, "release id");
        return Messages.requestTitle(component, release.value());
    }

    /**
     * The components that need a sign-off: those whose sign-off is not {@code not_required}, in
     * manifest order; none for a hotfix, which skips team sign-offs (R-RT1).
     *
     * @param manifest the release
     * @return the components
     */
    public static List<Component> needingSignOff(ReleaseManifest manifest) {
        Checks.notNull(manifest, "manifest");
        if (!manifest.needsTeamSignOffs()) {
            return List.of();
        }
        return manifest.components().stream()
                .filter(c -> c.signOff().status() != SignOffStatus.NOT_REQUIRED)
                .toList();
    }

    /**
     * The issue that requests a component's sign-off.
     *
     * @param manifest the release
     * @param component the component
     * @return the title, body and labels
     */
    public NewIssue issueFor(ReleaseManifest manifest, Component component) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(component, "component");
        return new NewIssue(title(component.name(), manifest.id()),
                Messages.requestBody(manifest, component, checklist),
                List.of(RELEASE_LABEL, SIGN_OFF_LABEL, component.name()));
    }

    /**
     * Opens the missing sign-off requests of a release (R-SR).
     *
     * @param manifest the release
     * @return the issues opened and those already there
     * @throws dev.releaserules.core.ReleaseException when the host refuses (including a host that
     *     does not support issues)
     */
    public RequestReport request(ReleaseManifest manifest) {
        List<Issue> created = new ArrayList<>();
        List<Issue> existing = new ArrayList<>();
        List<Component> needing = needingSignOff(manifest);
        List<Issue> labelled = needing.isEmpty() ? List.of() : hosting.findIssuesByLabel(SIGN_OFF_LABEL);
        for (Component c : needing) {
            Optional<Issue> found = existingRequest(labelled, title(c.name(), manifest.id()));
            if (found.isPresent()) {
                existing.add(found.get());
            } else {
                created.add(hosting.openIssue(issueFor(manifest, c)));
            }
        }
        return new RequestReport(created, existing);
    }

    /**
     * Reads the comments written on the requests since the last collection and applies their
     * sign-off commands through the desk (R-SO1). A comment without a command is discussion and is
     * skipped; a comment's first command is the one that counts, as in {@link ReleaseDesk#comment}.
     *
     * @param manifest the release
     * @return the updated manifest, the applied and refused answers, the components without a
     *     request and the events
     */
    public CollectReport collect(ReleaseManifest manifest) {
        ReleaseManifest m = Checks.notNull(manifest, "manifest");
        List<SignOffAnswer> applied = new ArrayList<>();
        List<SignOffAnswer> refused = new ArrayList<>();
        List<String> unrequested = new ArrayList<>();
        List<ReleaseEvent> events = new ArrayList<>();
        List<Component> needing = needingSignOff(manifest);
        List<Issue> labelled = needing.isEmpty() ? List.of() : hosting.findIssuesByLabel(SIGN_OFF_LABEL);
        for (Component c : needing) {
            Optional<Issue> found = existingRequest(labelled, title(c.name(), manifest.id()));
            if (found.isEmpty()) {
                unrequested.add(c.name());
                continue;
            }
            int issue = found.get().number();
            long read = lastCommentRead(c, issue);
            for (Comment comment : hosting.comments(issue)) {
                if (comment.id() <= read) {
                    continue;
                }
                read = comment.id();
                List<CommentCommand> commands = CommentCommand.parseAll(comment.body());
                if (commands.isEmpty()) {
                    continue;
                }
                ManifestUpdate u = desk.signOff(m, c.name(), comment.author(), commands.get(0));
                if (u.isAccepted()) {
                    m = u.manifest();
                    events.addAll(u.events());
                    applied.add(new SignOffAnswer(c.name(), issue, comment, SignOffAnswer.Outcome.APPLIED, ""));
                } else {
                    refused.add(new SignOffAnswer(c.name(), issue, comment, SignOffAnswer.Outcome.REFUSED,
                            u.refusal()));
                }
            }
            m = remember(m, c.name(), issue, read);
        }
        return new CollectReport(m, applied, refused, unrequested, events);
    }

    /**
     * The request of this title: the oldest labelled issue that carries it exactly, else what the
     * host's title search finds. The label list comes first because it never lags, while a
     * host's search can (GitHub's does for a few seconds), and a lagging search would make a quick
     * re-run open a second request.
     */
    private Optional<Issue> existingRequest(List<Issue> labelled, String title) {
        return labelled.stream().filter(i -> i.title().equals(title))
                .min(Comparator.comparingInt(Issue::number))
                .or(() -> hosting.findIssueByTitle(title));
    }

    /**
     * The id of the last comment read on a component's sign-off request, as {@link #collect}
     * records it in the manifest, so a comment counts only once however it reaches the desk.
     *
     * @param c the component
     * @param issue the number of its sign-off request
     * @return the id of the last comment read; 0 when none was, or when the recorded position
     *     belongs to another issue
     */
    public static long lastCommentRead(Component c, int issue) {
        Checks.notNull(c, "component");
        String recordedIssue = c.extra().findText(ISSUE_FIELD).orElse("");
        if (!recordedIssue.equals(Integer.toString(issue))) {
            return 0;
        }
        try {
            return Long.parseLong(c.extra().findText(READ_FIELD).orElse("0"));
        } catch (NumberFormatException e) {
            // An unreadable position can only come from a hand edit: start again from the first
            // comment rather than fail the whole collection.
            return 0;
        }
    }

    private static ReleaseManifest remember(ReleaseManifest m, String name, int issue, long read) {
        Component c = m.findComponent(name).orElseThrow();
        String issueText = Integer.toString(issue);
        String readText = Long.toString(read);
        if (c.extra().findText(ISSUE_FIELD).orElse("").equals(issueText)
                && c.extra().findText(READ_FIELD).orElse("").equals(readText)) {
            return m;
        }
        return m.withComponent(new Component(c.name(), c.currentVersion(), c.newVersion(), c.changes(),
                c.versionReason(), c.authors(), c.team(), c.teamLead(), c.signOff(),
                c.extra().with(ISSUE_FIELD, issueText).with(READ_FIELD, readText)));
    }

    /** Builds {@link SignOffRequests}; each setter checks its argument at once. */
    public static final class Builder {
        private static final String TEAM_LEAD_CHECKLIST = "Team Lead";
        private Hosting hosting;
        private ReleaseDesk desk = ReleaseDesk.builder().build();
        private List<String> checklist = Checklist.roles(false).stream()
                .filter(c -> c.name().equals(TEAM_LEAD_CHECKLIST)).findFirst().orElseThrow().items();

        private Builder() {
        }

        /**
         * Sets the code host the requests live on (required).
         *
         * @param value the hosting port
         * @return this builder
         */
        public Builder hosting(Hosting value) {
            this.hosting = Checks.notNull(value, "hosting");
            return this;
        }

        /**
         * Sets the desk that applies the answers, with its sign-off policy and clock.
         *
         * @param value the desk
         * @return this builder
         */
        public Builder desk(ReleaseDesk value) {
            this.desk = Checks.notNull(value, "desk");
            return this;
        }

        /**
         * Sets the checklist each request shows.
         *
         * @param items the items, in order; not empty, none blank
         * @return this builder
         */
        public Builder checklist(List<String> items) {
            List<String> copy = Checks.listCopy(items, "checklist");
            if (copy.isEmpty()) {
                throw new dev.releaserules.core.InvalidInputException("checklist", "[]", "at least one item");
            }
            copy.forEach(i -> Checks.notBlank(i, "checklist item"));
            this.checklist = copy;
            return this;
        }

        /**
         * Builds the requests.
         *
         * @return the requests
         * @throws dev.releaserules.core.InvalidInputException when no hosting port was set
         */
        public SignOffRequests build() {
            return new SignOffRequests(this);
        }
    }
}
