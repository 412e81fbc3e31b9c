// Shared by the example scripts through //SOURCES support/StepReport.java: what a step tells people and the workflow.
//DEPS dev.releaserules:release-github

import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.StagingDecision;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.github.GitHubActionsOutput;
import dev.releaserules.github.SignOffIssues;
import dev.releaserules.github.SignOffReply;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A step's result, printed for people and, inside GitHub Actions, handed to the workflow: machine
 * values as step outputs ($GITHUB_OUTPUT) and the plan, release notes or report as Markdown for the
 * run's page ($GITHUB_STEP_SUMMARY), through the library's GitHubActionsOutput. Outside Actions only
 * the printing happens. The output names are the workflows' contract: a workflow reads
 * ${{ steps.ID.outputs.NAME }}, never the printed lines.
 */
public final class StepReport {
    private final GitHubActionsOutput actions;

    private StepReport(GitHubActionsOutput actions) {
        this.actions = actions;
    }

    /**
     * The report of the running step, writing to the files GitHub Actions names, if any.
     *
     * @return the report
     */
    public static StepReport fromEnvironment() {
        return new StepReport(GitHubActionsOutput.fromEnvironment());
    }

    /**
     * Prepare or hotfix. Outputs: kind, version, tag, branch, dry_run, pull_request (0 in a dry run).
     *
     * @param release what was done, or in a dry run would be done
     */
    public void prepared(PreparedRelease release) {
        String kind = release.kind().toString().toLowerCase(Locale.ROOT);
        System.out.println((release.dryRun() ? "DRY RUN — nothing was changed. " : "") + kind + " " + release.version());
        System.out.println("  version:        " + release.choice().reason());
        System.out.println("  branch / tag:   " + release.branch() + " / " + release.tag());
        System.out.println("  feature cutoff: " + release.cutoffCommit());
        System.out.println("  expected done:  " + release.expectedCompletion());
        if (release.resumed()) {
            System.out.println("  resumed an earlier, interrupted run");
        }
        System.out.println("  plan:");
        release.plan().describe().lines().forEach(line -> System.out.println("    " + line));
        if (!release.releaseNotes().isBlank()) {
            System.out.println("  release notes:");
            release.releaseNotes().lines().forEach(line -> System.out.println(("    " + line).stripTrailing()));
        }
        System.out.println(release.dryRun() ? "Run again with --apply to do it."
                : "Done: release commit " + release.releaseCommit() + ", pull request #" + release.pullRequest());

        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("kind", kind);
        outputs.put("version", release.version().toString());
        outputs.put("tag", release.tag());
        outputs.put("branch", release.branch());
        outputs.put("dry_run", String.valueOf(release.dryRun()));
        outputs.put("pull_request", String.valueOf(release.dryRun() ? 0 : release.pullRequest()));
        actions.outputs(outputs);
        actions.summary("## " + (release.dryRun() ? "Dry run: " : "") + capitalized(kind) + " " + release.version() + "\n\n"
                + "- " + release.choice().reason() + "\n"
                + "- branch `" + release.branch() + "`, tag `" + release.tag() + "`, feature cutoff `" + release.cutoffCommit() + "`\n"
                + (release.dryRun() ? "" : "- pull request #" + release.pullRequest() + "\n")
                + "- expected done: " + release.expectedCompletion() + "\n\n"
                + plan(release.plan().describe())
                + (release.releaseNotes().isBlank() ? "" : "### Release notes\n\n" + release.releaseNotes().strip() + "\n"));
    }

    /**
     * Post-merge. Outputs: triggered (true only for a real trigger), decision, version, tag,
     * workflow, pull_request.
     *
     * @param decision the decision
     */
    public void postMerge(PostMergeDecision decision) {
        Map<String, String> outputs = new LinkedHashMap<>();
        if (decision instanceof PostMergeDecision.Triggered triggered) {
            outputs.put("triggered", String.valueOf(!triggered.dryRun()));
            outputs.put("decision", triggered.dryRun() ? "would_trigger" : "triggered");
            outputs.put("version", triggered.version().toString());
            outputs.put("tag", triggered.tag());
            outputs.put("workflow", triggered.workflow());
            outputs.put("pull_request", String.valueOf(triggered.pullRequest()));
            actions.outputs(outputs);
            actions.summary("## " + (triggered.dryRun() ? "Dry run: would trigger " : "Triggered ") + "`" + triggered.workflow()
                    + "` for " + triggered.version() + "\n\nTag `" + triggered.tag() + "`, pull request #" + triggered.pullRequest()
                    + (triggered.mergedBy().isBlank() ? "" : ", merged by " + triggered.mergedBy()) + ".\n\n"
                    + plan(triggered.plan().describe()));
            return;
        }
        outputs.put("triggered", "false");
        if (decision instanceof PostMergeDecision.AlreadyTriggered again) {
            outputs.put("decision", "already_triggered");
            outputs.put("version", again.version().toString());
            actions.outputs(outputs);
            actions.summary("## Refused: " + again.version() + " was triggered already\n\n" + again.reason() + "\n");
            return;
        }
        outputs.put("decision", "not_applicable");
        actions.outputs(outputs);
        actions.summary("## Nothing to do\n\n" + ((PostMergeDecision.NotApplicable) decision).reason() + "\n");
    }

    /**
     * Backport. Outputs: result (created, already_created, conflicted), version, branch, pull_request,
     * dry_run.
     *
     * @param result the result
     */
    public void backport(BackportResult result) {
        Map<String, String> outputs = new LinkedHashMap<>();
        if (result instanceof BackportResult.Created created) {
            outputs.put("result", "created");
            outputs.put("version", created.version().toString());
            outputs.put("branch", created.branch());
            outputs.put("pull_request", String.valueOf(created.dryRun() ? 0 : created.pullRequest()));
            outputs.put("dry_run", String.valueOf(created.dryRun()));
            actions.outputs(outputs);
            actions.summary("## " + (created.dryRun() ? "Dry run: backport " : "Backport ") + "of " + created.version()
                    + " on `" + created.branch() + "`\n\n"
                    + (created.dryRun() ? "" : "Pull request #" + created.pullRequest() + ".\n\n")
                    + plan(created.plan().describe()));
        } else if (result instanceof BackportResult.AlreadyCreated done) {
            outputs.put("result", "already_created");
            outputs.put("version", done.version().toString());
            outputs.put("branch", done.branch());
            outputs.put("pull_request", String.valueOf(done.pullRequest()));
            outputs.put("dry_run", "false");
            actions.outputs(outputs);
            actions.summary("## Backport of " + done.version() + ": nothing to do\n\n" + done.message() + "\n");
        } else {
            BackportResult.Conflicted conflicted = (BackportResult.Conflicted) result;
            outputs.put("result", "conflicted");
            outputs.put("version", conflicted.version().toString());
            outputs.put("pull_request", "0");
            outputs.put("dry_run", "false");
            actions.outputs(outputs);
            StringBuilder paths = new StringBuilder();
            conflicted.paths().forEach(path -> paths.append("- `").append(path).append("`\n"));
            actions.summary("## Backport of " + conflicted.version() + ": conflict\n\n" + conflicted.message() + "\n\n" + paths);
        }
    }

    /**
     * Staging. Outputs: action (deploy or skip), version (the staging version when deploying),
     * branch, commit.
     *
     * @param decision the decision
     */
    public void staging(StagingDecision decision) {
        Map<String, String> outputs = new LinkedHashMap<>();
        if (decision instanceof StagingDecision.Deploy deploy) {
            outputs.put("action", "deploy");
            outputs.put("version", deploy.stagingVersion().toString());
            outputs.put("branch", deploy.branch());
            outputs.put("commit", deploy.commitId());
            actions.outputs(outputs);
            actions.summary("## Staging: deploy " + deploy.stagingVersion() + "\n\n`" + deploy.branch() + "` at `"
                    + deploy.commitId() + "`\n");
            return;
        }
        StagingDecision.Skip skip = (StagingDecision.Skip) decision;
        outputs.put("action", "skip");
        outputs.put("version", "");
        outputs.put("branch", skip.branch());
        actions.outputs(outputs);
        actions.summary("## Staging: skipped `" + skip.branch() + "`\n\n" + skip.reason() + "\n");
    }

    /**
     * Validation. Outputs: ok, tag, version.
     *
     * @param report the report
     */
    public void validation(ConsistencyReport report) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("ok", String.valueOf(report.isOk()));
        outputs.put("tag", report.tag());
        outputs.put("version", report.requestedVersion());
        actions.outputs(outputs);
        actions.summary("## Validation of `" + report.tag() + "` " + (report.isOk() ? "passed" : "FAILED") + "\n\n```\n"
                + report.describe().strip() + "\n```\n");
    }

    /**
     * Sign-off requests. Outputs: opened, found (issue numbers, comma-separated).
     *
     * @param requested what was opened and found
     */
    public void signOffRequests(SignOffIssues.Requested requested) {
        requested.opened().forEach(i -> System.out.println("Opened #" + i.number() + " " + i.title()));
        requested.found().forEach(i -> System.out.println("Found #" + i.number() + " " + i.title()));
        if (requested.opened().isEmpty() && requested.found().isEmpty()) {
            System.out.println("No component of " + requested.manifest().id() + " needs a team sign-off");
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("opened", String.join(",", requested.opened().stream().map(i -> String.valueOf(i.number())).toList()));
        outputs.put("found", String.join(",", requested.found().stream().map(i -> String.valueOf(i.number())).toList()));
        actions.outputs(outputs);
    }

    /**
     * A sign-off comment event. Outputs: status (approved, rejected, refused, ignored), component,
     * all_signed_off.
     *
     * @param reply what the comment did
     */
    public void signOff(SignOffReply reply) {
        String status = reply.outcome().wireName();
        System.out.println(switch (reply.outcome()) {
            case APPROVED, REJECTED, REFUSED -> reply.text();
            case IGNORED -> "Ignored: " + reply.reason();
        });
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("status", status);
        outputs.put("component", reply.component());
        outputs.put("all_signed_off", String.valueOf(reply.allSignedOff()));
        actions.outputs(outputs);
        actions.summary("## Sign-off " + (reply.component().isEmpty() ? "" : "of `" + reply.component() + "` ") + status
                + "\n\n" + (reply.isRecorded() ? reply.text() : reply.reason()) + "\n");
    }

    /**
     * A sign-off event that names no release (a comment on an issue that is no sign-off request).
     * Outputs as {@link #signOff}: status ignored, component empty, all_signed_off false.
     *
     * @param reason why it was ignored
     */
    public void signOffIgnored(String reason) {
        System.out.println("Ignored: " + reason);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("status", "ignored");
        outputs.put("component", "");
        outputs.put("all_signed_off", "false");
        actions.outputs(outputs);
    }

    private static String plan(String described) {
        return described.isBlank() ? "" : "### Plan\n\n```\n" + described.strip() + "\n```\n\n";
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
