package dev.releaserules.testkit.fakes;

import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Deployer} that deploys nothing and records every call; components succeed unless a
 * failure was scripted for them.
 *
 * <pre>{@code
 * RecordingDeployer deployer = RecordingDeployer.builder()
 *         .failVerify("portal", "health check 503")
 *         .build();
 * desk.deployment(manifest, deployer).by("@john.doe").dryRun(false).call();
 * assertThat(deployer.callTexts()).containsExactly(
 *         "deploy api 1.3.0", "verify api 1.3.0", "deploy portal 3.1.0", "verify portal 3.1.0");
 * }</pre>
 *
 * <p>A scripted failure is returned as a failed {@link Deployer.Result}, as the port's contract
 * asks; {@link Builder#throwOnDeploy} breaks that contract on purpose, to test that the caller
 * survives a deployer that throws. A successful deploy answers {@code "deployed"}, a successful
 * verify {@code "healthy"}. Thread-safe.
 */
public final class RecordingDeployer implements Deployer {
    private final Map<String, String> deployFailures;
    private final Map<String, String> verifyFailures;
    private final Map<String, String> deployThrows;
    private final List<Call> calls = new ArrayList<>();

    private RecordingDeployer(Builder builder) {
        this.deployFailures = Map.copyOf(builder.deployFailures);
        this.verifyFailures = Map.copyOf(builder.verifyFailures);
        this.deployThrows = Map.copyOf(builder.deployThrows);
    }

    /**
     * A deployer under which every component deploys and verifies.
     *
     * @return a new deployer with no calls recorded
     */
    public static RecordingDeployer healthy() {
        return builder().build();
    }

    /**
     * A builder for scripting failures per component.
     *
     * @return a new builder with no failures
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Scripts failures per component; a component named twice keeps the last script. */
    public static final class Builder {
        private final Map<String, String> deployFailures = new LinkedHashMap<>();
        private final Map<String, String> verifyFailures = new LinkedHashMap<>();
        private final Map<String, String> deployThrows = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Makes {@link #deploy} of a component fail.
         *
         * @param component the component name
         * @param reason the failure reason, not blank
         * @return this builder
         */
        public Builder failDeploy(String component, String reason) {
            deployFailures.put(Args.notBlank(component, "component"), Args.notBlank(reason, "reason"));
            return this;
        }

        /**
         * Makes {@link #verify} of a component fail after a successful deploy.
         *
         * @param component the component name
         * @param reason the failure reason, not blank
         * @return this builder
         */
        public Builder failVerify(String component, String reason) {
            verifyFailures.put(Args.notBlank(component, "component"), Args.notBlank(reason, "reason"));
            return this;
        }

        /**
         * Makes {@link #deploy} of a component throw an {@link IllegalStateException}, against the
         * port's contract, to test callers that must turn it into a failure.
         *
         * @param component the component name
         * @param message the exception message, not blank
         * @return this builder
         */
        public Builder throwOnDeploy(String component, String message) {
            deployThrows.put(Args.notBlank(component, "component"), Args.notBlank(message, "message"));
            return this;
        }

        /**
         * Builds the deployer.
         *
         * @return a new deployer with no calls recorded
         */
        public RecordingDeployer build() {
            return new RecordingDeployer(this);
        }
    }

    /** Which port method was called. */
    public enum Step {
        /** {@link Deployer#deploy}. */
        DEPLOY,
        /** {@link Deployer#verify}. */
        VERIFY
    }

    /**
     * One recorded call and what it answered.
     *
     * @param step deploy or verify
     * @param component the component name
     * @param version the version
     * @param result what the deployer answered; for a call that threw, the failure the caller should
     *     have turned it into
     */
    public record Call(Step step, String component, Version version, Deployer.Result result) {
        /** Validates the parts. */
        public Call {
            Args.notNull(step, "step");
            Args.notNull(component, "component");
            Args.notNull(version, "version");
            Args.notNull(result, "result");
        }

        /**
         * The call as text, such as {@code "deploy api 1.3.0"}.
         *
         * @return step (lower case), component and version
         */
        public String text() {
            return step.name().toLowerCase(java.util.Locale.ROOT) + " " + component + " " + version;
        }
    }

    @Override
    public Result deploy(String component, Version version) {
        String thrown = deployThrows.get(component);
        if (thrown != null) {
            record(new Call(Step.DEPLOY, component, version, Result.failed(thrown)));
            throw new IllegalStateException(thrown);
        }
        String reason = deployFailures.get(component);
        return record(new Call(Step.DEPLOY, component, version,
                reason == null ? Result.succeeded("deployed") : Result.failed(reason)));
    }

    @Override
    public Result verify(String component, Version version) {
        String reason = verifyFailures.get(component);
        return record(new Call(Step.VERIFY, component, version,
                reason == null ? Result.succeeded("healthy") : Result.failed(reason)));
    }

    private synchronized Result record(Call call) {
        calls.add(call);
        return call.result();
    }

    /**
     * Every call so far, in order.
     *
     * @return an immutable snapshot
     */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /**
     * Every call so far as text, such as {@code ["deploy api 1.3.0", "verify api 1.3.0"]}.
     *
     * @return an immutable snapshot, in order
     */
    public synchronized List<String> callTexts() {
        return calls.stream().map(Call::text).toList();
    }

    /**
     * The components that deployed and then verified, in order.
     *
     * @return an immutable snapshot
     */
    public synchronized List<String> verifiedComponents() {
        return calls.stream().filter(c -> c.step() == Step.VERIFY && c.result().ok()).map(Call::component).toList();
    }

    /** Forgets the recorded calls; scripted failures stay. */
    public synchronized void clear() {
        calls.clear();
    }

    @Override
    public synchronized String toString() {
        return "RecordingDeployer[" + calls.size() + " calls]";
    }
}
