package dev.releaserules.core.version;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.internal.Checks;

/**
 * Chooses the version of a release step (R-V2, R-V3, R-V4).
 *
 * <ul>
 *   <li>Prepare takes an explicit version, which must be a release version greater than the
 *       current one, or increments the current version (minor by default: 2.1.1 → 2.2.0).</li>
 *   <li>Hotfix does the same with a patch by default (2.2.0 → 2.2.1).</li>
 *   <li>Every later step keeps the version chosen at prepare: asking it to increment, or to use
 *       another version, is refused. This is the process's "BEFORE" bug, where the release step
 *       incremented again and 2.1.0 shipped as v2.1.1.</li>
 * </ul>
 *
 * <pre>{@code
 * VersionChoice choice = NextVersion.choose(ReleaseStep.PREPARE, Version.parse("2.1.1"), VersionRequest.stepDefault());
 * choice.chosen(); // 2.2.0
 * }</pre>
 */
public final class NextVersion {

    private NextVersion() {
    }

    /**
     * Chooses the version for a step.
     *
     * @param step the release step
     * @param current the current version: the version file before prepare or hotfix, the prepared
     *     version (tag or version file) at later steps
     * @param request what the caller asks for
     * @return the choice, with its explanation
     * @throws RuleViolationException {@code R-V2} when an explicit version is not a release
     *     version greater than the current one; {@code R-V3} when a step after prepare is asked
     *     for anything but the prepared version
     */
    public static VersionChoice choose(ReleaseStep step, Version current, VersionRequest request) {
        Checks.notNull(step, "step");
        Checks.notNull(current, "current");
        Checks.notNull(request, "request");
        if (!step.choosesVersion()) {
            return keepPrepared(step, current, request);
        }
        if (request instanceof VersionRequest.Explicit explicit) {
            return explicit(step, current, explicit.version());
        }
        if (request instanceof VersionRequest.Incremented incremented) {
            return incremented(step, current, incremented.increment(), "");
        }
        if (request instanceof VersionRequest.StepDefault) {
            return incremented(step, current, step.defaultIncrement(), " (default at " + name(step) + ")");
        }
        throw new RuleViolationException(Rule.R_V2,
                "step " + step + " chooses a new version; \"as prepared\" only applies after prepare");
    }

    private static VersionChoice explicit(ReleaseStep step, Version current, Version requested) {
        if (!requested.isRelease()) {
            throw new RuleViolationException(Rule.R_V2, "the explicit version " + requested
                    + " must be a release version MAJOR.MINOR.PATCH without pre-release or build parts");
        }
        if (!requested.isGreaterThan(current)) {
            throw new RuleViolationException(Rule.R_V2, "the explicit version " + requested
                    + " must be greater than the current version " + current);
        }
        return new VersionChoice(step, current, requested, current + " → " + requested + ": explicit version");
    }

    private static VersionChoice incremented(ReleaseStep step, Version current, Increment increment, String why) {
        Version next = current.next(increment);
        return new VersionChoice(step, current, next,
                current + " → " + next + ": " + name(increment) + " increment" + why);
    }

    private static VersionChoice keepPrepared(ReleaseStep step, Version prepared, VersionRequest request) {
        boolean same = request instanceof VersionRequest.AsPrepared || request instanceof VersionRequest.StepDefault
                || (request instanceof VersionRequest.Explicit explicit && explicit.version().equals(prepared));
        if (!same) {
            throw new RuleViolationException(Rule.R_V3, "the version chosen at prepare (" + prepared
                    + ") is final; step " + step + " may not " + describe(request)
                    + " (that is how 2.1.0 once shipped as v2.1.1)");
        }
        return new VersionChoice(step, prepared, prepared, prepared + ": as prepared, not incremented again");
    }

    private static String describe(VersionRequest request) {
        if (request instanceof VersionRequest.Explicit explicit) {
            return "change it to " + explicit.version();
        }
        if (request instanceof VersionRequest.Incremented incremented) {
            return "increment it (" + name(incremented.increment()) + ")";
        }
        return "change it";
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
