package dev.releaserules.testkit.assertions;

import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.commit.MergeCommit;
import dev.releaserules.core.commit.NonConventional;
import dev.releaserules.core.commit.RevertCommit;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.validation.Check;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every failure message of the assertions, one method per message, so that the texts stay
 * consistent and tests can check them. Each says what was expected, then what was found.
 */
final class FailureMessages {
    /** Longer messages are cut in failure texts: a 200,000-character commit message helps nobody. */
    private static final int SHOWN = 200;

    private FailureMessages() {
    }

    // ---- consistency reports --------------------------------------------------------------------

    static String reportShouldBeOk(ConsistencyReport r) {
        return "Expecting every consistency check to pass, but some failed:\n" + r.describe();
    }

    static String reportShouldNotBeOk(ConsistencyReport r) {
        return "Expecting at least one consistency check to fail, but every check passed:\n" + r.describe();
    }

    static String reportShouldHaveViolation(ConsistencyReport r, Check check) {
        return "Expecting check " + check + " to fail, but it did not:\n" + r.describe();
    }

    static String reportShouldNotHaveViolation(ConsistencyReport r, Check check) {
        return "Expecting check " + check + " to pass, but it failed:\n" + r.describe();
    }

    static String reportShouldHaveOnlyViolations(ConsistencyReport r, List<Check> checks) {
        return "Expecting exactly the checks " + checks + " to fail, but the failed checks were "
                + r.violations().stream().map(v -> v.check().toString()).toList() + ":\n" + r.describe();
    }

    static String reportShouldHaveViolationMentioning(ConsistencyReport r, String text) {
        return "Expecting a violation mentioning \"" + text + "\", but none does:\n" + r.describe();
    }

    // ---- versions -------------------------------------------------------------------------------

    static String versionShouldBePreRelease(Version v) {
        return "Expecting " + v + " to be a pre-release (X.Y.Z-<identifiers>), but it has no pre-release part";
    }

    static String versionShouldBeRelease(Version v) {
        return "Expecting " + v + " to be a release (X.Y.Z without pre-release or build), but it is not";
    }

    static String versionShouldHavePreRelease(Version v, String expected) {
        return "Expecting " + v + " to have the pre-release \"" + expected + "\", but it has "
                + (v.isPreRelease() ? "\"" + String.join(".", v.preRelease()) + "\"" : "none");
    }

    static String versionShouldHaveBuild(Version v, String expected) {
        return "Expecting " + v + " to have the build metadata \"" + expected + "\", but it has "
                + (v.build().isEmpty() ? "none" : "\"" + String.join(".", v.build()) + "\"");
    }

    static String versionShouldBeGreaterThan(Version v, Version other) {
        return "Expecting " + v + " to be greater than " + other + " by SemVer precedence, but it is "
                + comparison(v, other);
    }

    static String versionShouldBeLessThan(Version v, Version other) {
        return "Expecting " + v + " to be less than " + other + " by SemVer precedence, but it is "
                + comparison(v, other);
    }

    static String versionShouldHaveSamePrecedence(Version v, Version other) {
        return "Expecting " + v + " to have the same precedence as " + other + ", but it is " + comparison(v, other);
    }

    private static String comparison(Version v, Version other) {
        int c = v.compareTo(other);
        return c < 0 ? "less" : c > 0 ? "greater" : "of the same precedence";
    }

    // ---- commit messages ------------------------------------------------------------------------

    static String messageShouldBeConventional(CommitMessage m) {
        return "Expecting a conventional commit, but " + show(m.raw()) + " is " + kind(m);
    }

    static String messageShouldBeNonConventional(CommitMessage m) {
        return "Expecting a message that is not conventional, but " + show(m.raw()) + " is " + kind(m);
    }

    static String messageShouldBeBreaking(CommitMessage m) {
        return "Expecting a breaking change (\"!\" before the colon or a BREAKING CHANGE footer), but "
                + show(m.raw()) + " is " + (m instanceof ConventionalCommit ? "not breaking" : kind(m));
    }

    static String messageShouldNotBeBreaking(ConventionalCommit c) {
        return "Expecting a change that is not breaking, but " + show(c.raw()) + " is breaking: "
                + c.breakingChanges().stream().map(FailureMessages::show).collect(Collectors.joining(", "));
    }

    static String messageShouldHaveType(CommitMessage m, String type) {
        return "Expecting a commit of type \"" + type.toLowerCase(Locale.ROOT) + "\", but " + show(m.raw()) + " is "
                + (m instanceof ConventionalCommit c ? "of type \"" + c.normalizedType() + "\"" : kind(m));
    }

    private static String kind(CommitMessage m) {
        if (m instanceof ConventionalCommit c) {
            return "a conventional commit of type \"" + c.normalizedType() + "\"";
        }
        if (m instanceof MergeCommit) {
            return "a merge commit";
        }
        if (m instanceof RevertCommit) {
            return "a git revert";
        }
        return "not conventional: " + ((NonConventional) m).reason();
    }

    /** A text as Java would write it, cut to {@value #SHOWN} characters, so control characters show. */
    static String show(String text) {
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(text.length(), SHOWN);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? !(i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1)))
                            : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
                    if (Character.isISOControl(c) || lone || dev.releaserules.core.internal.Texts.isBidiControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (text.length() > SHOWN) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    // ---- manifests and readiness ----------------------------------------------------------------

    static String manifestShouldHaveStatus(ReleaseManifest m, String expected) {
        return "Expecting release " + m.id() + " to be " + expected + ", but it is " + m.status().wireName();
    }

    static String manifestShouldHaveComponent(ReleaseManifest m, String component) {
        return "Expecting release " + m.id() + " to have the component \"" + component + "\", but its components are "
                + m.components().stream().map(c -> c.name()).toList();
    }

    static String manifestShouldHaveSignOff(ReleaseManifest m, String component, String expected, String found) {
        return "Expecting the sign-off of " + component + " in release " + m.id() + " to be " + expected
                + ", but it is " + found;
    }

    static String manifestShouldHaveApproval(ReleaseManifest m, String role, String expected, String found) {
        return "Expecting the " + role + " approval of release " + m.id() + " to be " + expected + ", but it is "
                + found;
    }

    static String shouldBeReady(String subject, Readiness r) {
        return "Expecting " + subject + " to be ready, but it is missing:\n" + missing(r);
    }

    static String shouldNotBeReady(String subject) {
        return "Expecting " + subject + " to be blocked, but nothing is missing";
    }

    static String shouldBeBlockedBy(Readiness r, String what) {
        return "Expecting the release to be blocked by " + what + ", but "
                + (r.isReady() ? "nothing is missing" : "what is missing is:\n" + missing(r));
    }

    static String shouldNotBeBlockedBy(Readiness r, String what) {
        return "Expecting the release not to be blocked by " + what + ", but it is:\n" + missing(r);
    }

    static String blocker(Readiness.Kind kind, String subject) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " \"" + subject + "\"";
    }

    static String blocker(String subject) {
        return "\"" + subject + "\"";
    }

    private static String missing(Readiness r) {
        return r.missing().stream().map(m -> "  - " + m.describe() + " [" + m.kind() + "]")
                .collect(Collectors.joining("\n"));
    }

    // ---- bump recommendations -------------------------------------------------------------------

    static String shouldRecommend(BumpRecommendation b, Increment expected) {
        return "Expecting the commits to call for a " + expected.name().toLowerCase(Locale.ROOT)
                + " release, but they call for " + b.explain();
    }

    static String shouldRecommendNoRelease(BumpRecommendation b) {
        return "Expecting the commits to call for no release, but they call for " + b.explain();
    }

    static String shouldHaveNextVersion(BumpRecommendation b, Version expected) {
        return "Expecting the next version to be " + expected + ", but the commits call for " + b.explain();
    }

    // ---- manifest updates -----------------------------------------------------------------------

    static String updateShouldBeAccepted(ManifestUpdate u) {
        return "Expecting the update of release " + u.manifest().id() + " to be accepted, but it was refused: "
                + u.refusal();
    }

    static String updateShouldBeRefused(ManifestUpdate u) {
        return "Expecting the update of release " + u.manifest().id() + " to be refused, but it was accepted with "
                + u.events().size() + " event(s), status " + u.manifest().status().wireName();
    }

    static String updateShouldBeRefusedMentioning(ManifestUpdate u, String text) {
        return "Expecting the update of release " + u.manifest().id() + " to be refused mentioning \"" + text
                + "\", but " + (u.isAccepted() ? "it was accepted" : "it was refused with: " + u.refusal());
    }
}
