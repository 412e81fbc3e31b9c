/**
 * Release Rules on GitHub: {@link dev.releaserules.github.GitHubHosting} implements the hosting
 * port on GitHub's REST API, {@link dev.releaserules.github.GitHubEvents} reads the events GitHub
 * sends (the Actions event file, webhooks verified by their signature) into the flow's inputs, and
 * {@link dev.releaserules.github.GitHubAutoMerge} applies the auto-merge policy (R-M1) on the host.
 *
 * <pre>{@code
 * GitHubHosting github = GitHubHosting.fromEnvironment();     // GITHUB_TOKEN, GITHUB_REPOSITORY
 * ReleaseFlow flow = ReleaseFlow.builder().repository(repo).hosting(github).build();
 * GitHubEvent event = GitHubEvents.fromActions();              // GITHUB_EVENT_PATH
 * if (event instanceof GitHubEvent.PullRequestMerged merged) {
 *     flow.postMerge().pullRequest(merged.pullRequest()).call();
 * }
 * }</pre>
 */
@NullMarked
package dev.releaserules.github;

import org.jspecify.annotations.NullMarked;
