package dev.releaserules.github;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.chatops.SignOffRequests;
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
import dev.releaserules.github.internal.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release-management sign-off process on GitHub issues, end to end: one labelled issue per
 * component that needs a team sign-off (R-SR), and each comment on it turned into a manifest update
 * and a reply (R-SO1).
 *
 * <p>{@link #request} opens the missing issues, titled
 * {@code [Sign-off Required] <component> - <release id>} (the title the event side reads the
 * release and component back from, see {@link #releaseOf}), labelled {@code release},
 * {@code sign-off-required} and the component, naming the team lead and how to answer. An issue
 * with that exact title, open or closed, is the request: it is looked for among the issues carrying
 * the sign-off label (GitHub's list, which does not lag as its search does) and then by title, so a
 * re-run never opens a second one. The issue's number is recorded on the component.
 *
 * <p>{@link #answer} takes the {@code issue_comment} event of a comment on such an issue, applies
 * its first sign-off command through the desk as the manifest's handle of the commenter (matched
 * ignoring case), and replies on the issue with what was recorded. Comments by bots, on pull
 * requests, on other issues, without a command, or already recorded (the component remembers the
 * last comment read, as {@link SignOffRequests#collect} does) are ignored and get no reply; a reply
 * already posted for the comment (a re-run) is not posted again.
 *
 * <pre>{@code
 * SignOffIssues issues = SignOffIssues.of(GitHubHosting.fromEnvironment(), desk);
 * manifest = issues.request(manifest).manifest();          // write it back
 * SignOffReply reply = issues.answer(GitHubEvents.fromActions(), manifest);
 * if (reply.isRecorded()) {
 *     reply.manifest().write(file);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe as far as the hosting port is. Needs {@code issues: write}.
 */
public final class SignOffIssues {
    /** The colour of the sign-off label. */
    public static final String SIGN_OFF_LABEL_COLOUR = "fbca04";

    private static final Pattern TITLE = Pattern.compile("\\[Sign-off Required\\] (\\S+) - (\\S+)");

    private final Hosting hosting;
    private final ReleaseDesk desk;
    private final SignOffRequests requests;

    private SignOffIssues(Hosting hosting, ReleaseDesk desk) {
        this.hosting = Objects.requireNonNull(hosting, "hosting");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.requests = SignOffRequests.builder().hosting(hosting).desk(desk).build();
    }

    /**
     * The sign-off issues of a code host.
     *
     * @param hosting the host: {@link GitHubHosting}, or any port with issues and comments
     * @param desk the desk that applies the answers (sign-off policy, clock, listener)
     * @return the issues
     */
    public static SignOffIssues of(Hosting hosting, ReleaseDesk desk) {
        return new SignOffIssues(hosting, desk);
    }

    /**
     * The release and component a sign-off issue's title names.
     *
     * @param title the issue title
     * @return the release id and component, or empty when the title is not a sign-off request's
     */
    public static Optional<Request> parseTitle(String title) {
        Objects.requireNonNull(title, "title");
        Matcher m = TITLE.matcher(title);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ReleaseId> id = ReleaseId.tryParse(m.group(2));
        // The title must be exactly the one the requests are opened with, or it names nothing.
        return id.filter(i -> SignOffRequests.title(m.group(1), i).equals(title))
                .map(i -> new Request(i, m.group(1)));
    }

    /**
     * The release a comment event is about, read from the issue title: which manifest to load.
     *
     * @param event the event
     * @return the release id, or empty when the event is not a comment on a sign-off issue
     */
    public static Optional<ReleaseId> releaseOf(GitHubEvent event) {
        Objects.requireNonNull(event, "event");
        return event instanceof GitHubEvent.IssueCommentCreated c && !c.onPullRequest()
                ? parseTitle(c.issueTitle()).map(Request::release) : Optional.empty();
    }

    /**
     * Opens the missing sign-off issues of a release (R-SR), after making sure the sign-off label
     * exists on GitHub with its colour.
     *
     * @param manifest the release
     * @return the manifest with each issue's number recorded on its component, the issues opened
     *     and those found
     * @throws ReleaseException when the host refuses (a {@link GitHubException} from GitHub)
     */
    public Requested request(ReleaseManifest manifest) {
        Objects.requireNonNull(manifest, "manifest");
        List<Component> needing = SignOffRequests.needingSignOff(manifest);
        if (needing.isEmpty()) {
            return new Requested(manifest, List.of(), List.of());
        }
        if (hosting instanceof GitHubHosting github) {
            github.ensureLabel(SignOffRequests.SIGN_OFF_LABEL, SIGN_OFF_LABEL_COLOUR,
                    "A component's release sign-off: answer /approve or /reject <reason>");
        }
        List<Issue> labelled = hosting.findIssuesByLabel(SignOffRequests.SIGN_OFF_LABEL);
        List<Issue> opened = new ArrayList<>();
        List<Issue> found = new ArrayList<>();
        ReleaseManifest m = manifest;
        for (Component c : needing) {
            String title = SignOffRequests.title(c.name(), manifest.id());
            Optional<Issue> existing = labelled.stream().filter(i -> i.title().equals(title))
                    .min(Comparator.comparingInt(Issue::number))
                    .or(() -> hosting.findIssueByTitle(title));
            Issue issue;
            if (existing.isPresent()) {
                issue = existing.get();
                found.add(issue);
            } else {
                issue = hosting.openIssue(requests.issueFor(manifest, c));
                opened.add(issue);
            }
            m = recorded(m, c.name(), issue.number(), Optional.empty());
        }
        return new Requested(m, opened, found);
    }

    /**
     * What a comment event does to the release, without replying: see {@link #answer}.
     *
     * @param event the event (anything but a created comment is ignored)
     * @param manifest the release the issue title names
     * @return the outcome, the manifest to write back and the reply text
     */
    public SignOffReply decide(GitHubEvent event, ReleaseManifest manifest) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(manifest, "manifest");
        if (!(event instanceof GitHubEvent.IssueCommentCreated comment)) {
            String why = event instanceof GitHubEvent.Ignored ignored ? ignored.reason()
                    : "not a comment on a sign-off issue";
            return ignored("", 0, "", why, manifest);
        }
        int issue = comment.issue();
        String login = comment.login();
        if (comment.bot()) {
            return ignored("", issue, login, "written by a bot", manifest);
        }
        if (comment.onPullRequest()) {
            return ignored("", issue, login, "a comment on a pull request, not on a sign-off issue", manifest);
        }
        Optional<Component> found = comment.componentIn(manifest);
        if (found.isEmpty()) {
            return ignored("", issue, login, "#" + issue + " is not a sign-off issue of " + manifest.id().value(),
                    manifest);
        }
        Component c = found.get();
        if (comment.commentId() <= SignOffRequests.lastCommentRead(c, issue)) {
            return ignored(c.name(), issue, login, "comment " + comment.commentId() + " was recorded already", manifest);
        }
        List<CommentCommand> commands = CommentCommand.parseAll(comment.body());
        if (commands.isEmpty()) {
            return ignored(c.name(), issue, login, "no sign-off command in the comment", manifest);
        }
        String handle = comment.handleIn(manifest);
        ManifestUpdate update = desk.signOff(manifest, c.name(), handle, commands.get(0));
        String release = manifest.id().value();
        if (!update.isAccepted()) {
            String reason = isNamed(manifest, handle) ? update.refusal()
                    : Messages.unknownLogin(login, release, update.refusal());
            return new SignOffReply(SignOffReply.Outcome.REFUSED, c.name(), issue, login, reason,
                    recorded(manifest, c.name(), issue, Optional.of(comment.commentId())), List.of(),
                    Messages.refusedReply(reason));
        }
        ReleaseManifest next = recorded(update.manifest(), c.name(), issue, Optional.of(comment.commentId()));
        if (commands.get(0) instanceof CommentCommand.Reject reject) {
            return new SignOffReply(SignOffReply.Outcome.REJECTED, c.name(), issue, login, reject.reason(), next,
                    update.events(), Messages.rejectedReply(handle, c.name(), release, reject.reason()));
        }
        List<Component> needing = SignOffRequests.needingSignOff(next);
        long signed = needing.stream().filter(x -> x.signOff().status() == SignOffStatus.APPROVED).count();
        return new SignOffReply(SignOffReply.Outcome.APPROVED, c.name(), issue, login, "", next, update.events(),
                Messages.approvedReply(handle, c.name(), release, signed, needing.size()));
    }

    /**
     * Applies a comment event's sign-off command to the release (R-SO1) and replies on the issue with
     * what was recorded: approved, rejected with the reason, or refused and why. Ignored comments
     * get no reply; a reply already posted for the same comment is not posted again.
     *
     * @param event the event, such as {@link GitHubEvents#fromActions()}
     * @param manifest the release the issue title names ({@link #releaseOf})
     * @return the outcome; write {@link SignOffReply#manifest()} back when {@link SignOffReply#isRecorded()}
     * @throws ReleaseException when the host refuses the reply
     */
    public SignOffReply answer(GitHubEvent event, ReleaseManifest manifest) {
        SignOffReply reply = decide(event, manifest);
        if (reply.isRecorded()) {
            long commentId = ((GitHubEvent.IssueCommentCreated) event).commentId();
            String marker = Messages.replyMarker(commentId);
            boolean posted = hosting.comments(reply.issue()).stream()
                    .filter(c -> c.id() > commentId)
                    .map(Comment::body)
                    .anyMatch(body -> body.contains(marker));
            if (!posted) {
                hosting.addComment(reply.issue(), reply.text() + "\n\n" + marker);
            }
        }
        return reply;
    }

    private static SignOffReply ignored(String component, int issue, String login, String why, ReleaseManifest m) {
        return new SignOffReply(SignOffReply.Outcome.IGNORED, component, issue, login, why, m, List.of(), "");
    }

    private static boolean isNamed(ReleaseManifest manifest, String handle) {
        String wanted = handle.toLowerCase(Locale.ROOT);
        return handlesOf(manifest).stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** Every handle the manifest names: release manager, team leads, authors, approvers. */
    static List<String> handlesOf(ReleaseManifest manifest) {
        List<String> handles = new ArrayList<>();
        handles.add(manifest.release().releaseManager());
        manifest.components().forEach(c -> {
            handles.add(c.teamLead());
            handles.addAll(c.authors());
        });
        manifest.approvals().forEach(a -> handles.add(a.user()));
        return handles;
    }

    /** The component with its issue, and the last comment read on it when one was. */
    private static ReleaseManifest recorded(ReleaseManifest m, String name, int issue, Optional<Long> read) {
        Component c = m.findComponent(name).orElseThrow();
        String number = Integer.toString(issue);
        boolean sameIssue = c.extra().findText(SignOffRequests.ISSUE_FIELD).orElse("").equals(number);
        long position = Math.max(sameIssue ? SignOffRequests.lastCommentRead(c, issue) : 0, read.orElse(0L));
        var extra = c.extra().with(SignOffRequests.ISSUE_FIELD, number);
        extra = position > 0 ? extra.with(SignOffRequests.READ_FIELD, Long.toString(position))
                : extra.without(SignOffRequests.READ_FIELD);
        if (extra.equals(c.extra())) {
            return m;
        }
        return m.withComponent(new Component(c.name(), c.currentVersion(), c.newVersion(), c.changes(),
                c.versionReason(), c.authors(), c.team(), c.teamLead(), c.signOff(), extra));
    }

    /**
     * A sign-off request's identity, read from its issue title.
     *
     * @param release the release id
     * @param component the component name
     */
    public record Request(ReleaseId release, String component) {
        /**
         * Validates the parts.
         *
         * @param release the release
         * @param component the component
         */
        public Request {
            Objects.requireNonNull(release, "release");
            Objects.requireNonNull(component, "component");
        }
    }

    /**
     * What {@link #request} did.
     *
     * @param manifest the release with each request's issue number recorded on its component
     *     ({@code sign_off_issue}); write it back
     * @param opened the issues opened now
     * @param found the issues that were there already
     */
    public record Requested(ReleaseManifest manifest, List<Issue> opened, List<Issue> found) {
        /**
         * Validates and copies the parts.
         *
         * @param manifest the release
         * @param opened the opened issues
         * @param found the found issues
         */
        public Requested {
            Objects.requireNonNull(manifest, "manifest");
            opened = List.copyOf(opened);
            found = List.copyOf(found);
        }
    }
}
