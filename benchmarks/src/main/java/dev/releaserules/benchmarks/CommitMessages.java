package dev.releaserules.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Makes commit messages the way a busy monorepo writes them: mostly Conventional Commits with
 * scopes, bodies and footers, sometimes breaking changes, and a few free-text messages.
 *
 * <p>Every choice comes from the {@link Random} passed in, so a seeded random gives the same
 * messages in the same order.
 */
final class CommitMessages {

    /** Share of non-merge commits whose message is not a Conventional Commit. */
    static final double FREE_TEXT_SHARE = 0.03;

    private static final String[] TYPES = {
        "feat", "fix", "chore", "docs", "refactor", "test", "perf", "build", "ci", "style"};
    private static final int[] TYPE_WEIGHTS = {26, 30, 10, 8, 9, 6, 4, 3, 3, 1};
    private static final List<String> BREAKABLE = List.of("feat", "fix", "refactor", "perf");

    private static final String[] VERBS = {
        "add", "support", "handle", "remove", "avoid", "cache", "validate", "expose", "rename",
        "simplify", "retry", "limit", "log", "document", "deprecate", "speed up", "split", "merge",
        "normalise", "guard"};
    private static final String[] OBJECTS = {
        "pagination in list endpoint", "expired tokens", "duplicate events", "empty payloads",
        "connection pool size", "retry budget", "currency rounding", "time zone offsets",
        "batch size", "health check", "request ids", "config reload", "null customer names",
        "slow queries", "audit trail", "webhook signatures", "rate limits", "feature flags",
        "search ranking", "CSV export", "schema migration", "cache eviction", "idempotency keys",
        "graceful shutdown", "metrics labels", "error messages", "default locale",
        "unicode file names", "stale locks", "large uploads", "session cookies", "TLS settings",
        "job scheduling", "invoice numbers", "refund flow", "address lookup", "image thumbnails",
        "admin dashboard", "tracing spans", "API keys"};
    private static final String[] QUALIFIERS = {
        "", "", "", "", " for large accounts", " on startup", " under load", " in the v2 API",
        " when the queue is full", " after failover", " behind the proxy", " for new tenants"};
    private static final String[] BODY_LINES = {
        "The previous behaviour surprised users who relied on the documented default.",
        "This keeps the hot path free of allocations.",
        "Measured on the staging cluster before and after the change.",
        "Callers that need the old behaviour can set the flag explicitly.",
        "The upstream service changed its contract without notice.",
        "Found while investigating the incident from last week.",
        "No behaviour change for existing configurations.",
        "The test now covers the edge case that slipped through review."};
    private static final String[] FREE_TEXT = {
        "Update README", "WIP", "fixed the thing", "typo", "Bump version", "more fixes",
        "address review comments", "Small cleanups", "Fix build", "Try again with the new runner",
        "oops", "Apply suggestions from code review"};
    private static final String[] DEPENDENCIES = {
        "jackson", "netty", "slf4j", "guava", "postgresql driver", "grpc", "protobuf", "junit"};

    private final Identity[] reviewers;

    CommitMessages(Identity[] reviewers) {
        this.reviewers = reviewers.clone();
    }

    /** A Conventional Commits message about {@code scope} (empty for none). */
    String conventional(Random random, String scope) {
        String type = pick(random, TYPES, TYPE_WEIGHTS);
        boolean breakable = BREAKABLE.contains(type);
        boolean bang = breakable && random.nextInt(1000) < 7;
        boolean breakingFooter = breakable && random.nextInt(1000) < 7;
        String actualScope = scope;
        String subject = subject(random);
        if (type.equals("chore") && random.nextInt(3) == 0) {
            actualScope = "deps";
            subject = "bump " + DEPENDENCIES[random.nextInt(DEPENDENCIES.length)] + " to "
                + (1 + random.nextInt(9)) + "." + random.nextInt(20) + "." + random.nextInt(10);
        } else if (random.nextInt(5) == 0) {
            actualScope = "";
        }

        StringBuilder message = new StringBuilder(type);
        if (!actualScope.isEmpty()) {
            message.append('(').append(actualScope).append(')');
        }
        if (bang) {
            message.append('!');
        }
        message.append(": ").append(subject).append('\n');

        if (random.nextInt(10) < 4) {
            message.append('\n');
            int lines = 1 + random.nextInt(3);
            for (int i = 0; i < lines; i++) {
                message.append(BODY_LINES[random.nextInt(BODY_LINES.length)]).append('\n');
            }
        }
        StringBuilder footers = new StringBuilder();
        if (breakingFooter) {
            footers.append("BREAKING CHANGE: ").append(subject(random))
                .append(" now needs an explicit setting\n");
        }
        if (random.nextInt(10) < 3) {
            footers.append("Refs: #").append(1 + random.nextInt(9000)).append('\n');
        }
        if (random.nextInt(10) == 0) {
            footers.append("Closes #").append(1 + random.nextInt(9000)).append('\n');
        }
        if (random.nextInt(20) == 0) {
            Identity reviewer = reviewers[random.nextInt(reviewers.length)];
            footers.append("Reviewed-by: ").append(reviewer.name()).append(" <")
                .append(reviewer.email()).append(">\n");
        }
        if (random.nextInt(20) == 0) {
            Identity coAuthor = reviewers[random.nextInt(reviewers.length)];
            footers.append("Co-authored-by: ").append(coAuthor.name()).append(" <")
                .append(coAuthor.email()).append(">\n");
        }
        if (footers.length() > 0) {
            message.append('\n').append(footers);
        }
        return message.toString();
    }

    /** A message that is not a Conventional Commit; one in six is a git-style revert. */
    String freeText(Random random) {
        if (random.nextInt(6) == 0) {
            return "Revert \"" + pick(random, TYPES, TYPE_WEIGHTS) + ": " + subject(random)
                + "\"\n\nThe change broke the nightly end-to-end run.\n";
        }
        return FREE_TEXT[random.nextInt(FREE_TEXT.length)] + "\n";
    }

    /** The release commit that moves {@code version.txt} to {@code version}. */
    String release(String tag) {
        return "chore(release): " + tag + "\n";
    }

    /** The merge commit of a feature branch, as a pull request or a plain branch merge. */
    String merge(Random random, String branch, String title) {
        if (random.nextInt(10) < 6) {
            return "Merge pull request #" + (1 + random.nextInt(9000)) + " from example/" + branch
                + "\n\n" + title;
        }
        return "Merge branch '" + branch + "'\n";
    }

    /** A lower-case subject line without type, such as {@code handle expired tokens on startup}. */
    String subject(Random random) {
        return VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
            + QUALIFIERS[random.nextInt(QUALIFIERS.length)];
    }

    private static String pick(Random random, String[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights do not cover the roll");
    }
}
