package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.core.spi.SourceRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick-release flow of the quick-release process as a facade: each step is a single-use command ending in
 * {@code call()}, driven through the ports.
 *
 * <pre>{@code
 * ReleaseFlow flow = ReleaseFlow.builder()
 *         .repository(GitRepositories.open(Path.of(".")))
 *         .hosting(hosting)
 *         .listener(event -> log.info("{}", event))
 *         .build();
 * PreparedRelease prepared = flow.prepare().increment(Increment.MINOR).call();   // release/v2.3.0, tag v2.3.0
 * StagingDecision staging = flow.staging().branch(prepared.branch()).call();      // 2.3.0-rc.<epoch>
 * flow.validate().tag("v2.3.0").version("2.3.0").call().orThrow();                 // R-T2
 * }</pre>
 *
 * <p>The flow is immutable and thread-safe as far as its ports are; commands are not, and each may
 * be called once. Every mutating command has a dry run that returns the plan and changes nothing.
 * The flow does not close the repository it was given.
 */
public final class ReleaseFlow {
    private final FlowContext context;

    private ReleaseFlow(FlowContext context) {
        this.context = context;
    }

    /**
     * A builder; a repository is required, everything else has a default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rules the flow applies.
     *
     * @return the rules
     */
    public QuickReleaseRules rules() {
        return context.rules;
    }

    /**
     * Prepares a regular release from the development branch (R-V2, R-B1, R-B2, R-C1, R-T1, R-TL).
     *
     * @return a new single-use command
     */
    public PrepareCommand prepare() {
        return new PrepareCommand(context);
    }

    /**
     * Cuts a hotfix from the production branch or tag (R-V4).
     *
     * @return a new single-use command
     */
    public HotfixCommand hotfix() {
        return new HotfixCommand(context);
    }

    /**
     * Decides the staging deployment of a pushed branch (R-V5, R-S1).
     *
     * @return a new single-use command
     */
    public StagingCommand staging() {
        return new StagingCommand(context);
    }

    /**
     * Checks a tag and a requested version against the repository before deploying (R-T2).
     *
     * @return a new single-use command
     */
    public ValidateCommand validate() {
        return new ValidateCommand(context);
    }

    /**
     * Reacts to a merged pull request: triggers the production release exactly once (R-T3).
     *
     * @return a new single-use command
     */
    public PostMergeCommand postMerge() {
        return new PostMergeCommand(context);
    }

    /**
     * Brings a release back to the development branch through a pull request.
     *
     * @return a new single-use command
     */
    public BackportCommand backport() {
        return new BackportCommand(context);
    }

    /**
     * Says which commits of the development branch are in a release and which came after its
     * feature cutoff (R-B2).
     *
     * @return a new single-use command
     */
    public CutoffCommand cutoff() {
        return new CutoffCommand(context);
    }

    /**
     * Announces how a production release ended, with its time against the target (R-N1, R-TL).
     *
     * @return a new single-use command
     */
    public ProductionCommand production() {
        return new ProductionCommand(context);
    }

    /**
     * Whether a release pull request may be merged (R-MR): QA approved it, its checks passed, it has no
     * conflicts and staging was validated, read through the hosting port now. Reads only.
     *
     * @param number the pull request number
     * @param policy who signs for QA and the staging label
     * @return the readiness, listing what is missing
     * @throws dev.releaserules.core.InvalidInputException when the host knows no such pull request
     * @throws dev.releaserules.core.ReleaseException when no hosting port is configured, or it cannot
     *     read reviews, checks or mergeability
     */
    public dev.releaserules.core.hosting.MergeReadiness mergeReadiness(int number,
            dev.releaserules.core.hosting.MergeReadiness.Policy policy) {
        dev.releaserules.core.spi.Hosting host = context.hosting();
        dev.releaserules.core.spi.PullRequest pr = host.findPullRequest(number).orElseThrow(() ->
                new dev.releaserules.core.InvalidInputException("pull request number", Integer.toString(number),
                        "the number of a pull request the host knows"));
        return dev.releaserules.core.hosting.MergeReadiness.of(pr, host.reviews(number), host.pullRequestStatus(number),
                policy);
    }

    /**
     * Deletes a release or hotfix branch once deployed, backported and tagged (R-BC).
     *
     * @return a new single-use command
     */
    public CleanupCommand cleanup() {
        return new CleanupCommand(context);
    }

    /** Builds a {@link ReleaseFlow}; not thread-safe. */
    public static final class Builder {
        private SourceRepository repository;
        private Hosting hosting;
        private QuickReleaseRules rules = QuickReleaseRules.defaults();
        private Identity identity = new Identity("release-rules", "release-rules@localhost");
        private Clock clock = Clock.systemUTC();
        private final List<ReleaseListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * The source repository; required.
         *
         * @param value the repository port
         * @return this builder
         */
        public Builder repository(SourceRepository value) {
            this.repository = Checks.notNull(value, "repository");
            return this;
        }

        /**
         * The code host for pull requests and workflow triggers; required by the steps that use
         * them, optional for the others.
         *
         * @param value the hosting port
         * @return this builder
         */
        public Builder hosting(Hosting value) {
            this.hosting = Checks.notNull(value, "hosting");
            return this;
        }

        /**
         * The rules; {@link QuickReleaseRules#defaults()} unless set.
         *
         * @param value the rules
         * @return this builder
         */
        public Builder rules(QuickReleaseRules value) {
            this.rules = Checks.notNull(value, "rules");
            return this;
        }

        /**
         * Who authors the commits and tags the flow makes; {@code release-rules} unless set.
         *
         * @param value the identity
         * @return this builder
         */
        public Builder identity(Identity value) {
            this.identity = Checks.notNull(value, "identity");
            return this;
        }

        /**
         * The clock, the only source of time; {@link Clock#systemUTC()} unless set.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Checks.notNull(value, "clock");
            return this;
        }

        /**
         * Adds a listener for the flow's events; may be called several times.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(ReleaseListener value) {
            this.listeners.add(Checks.notNull(value, "listener"));
            return this;
        }

        /**
         * Builds the flow.
         *
         * @return the flow
         * @throws dev.releaserules.core.InvalidInputException when no repository was set
         */
        public ReleaseFlow build() {
            Checks.required(repository, "repository", "repository(sourceRepository)", "build()");
            return new ReleaseFlow(new FlowContext(repository, hosting, rules, identity, clock, listeners));
        }
    }
}
