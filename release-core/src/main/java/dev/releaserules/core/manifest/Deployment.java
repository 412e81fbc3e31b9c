package dev.releaserules.core.manifest;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Deployer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-use deployment command (R-D1), from {@link ReleaseDesk#deployment}. It needs an
 * {@code approved}, ready release. A dry run (the default) deploys nothing and leaves the manifest
 * as it is; a live run moves the release to {@code deploying}, sends the released components one at
 * a time through the {@link Deployer} (deploy, verify, next), records each step in the manifest and
 * stops at the first failure, leaving the release {@code deploying} so it can be rolled back. When
 * every component is verified the release is {@code deployed}.
 *
 * <p>A deployment runs only inside its release type's window (R-WN1, {@link ReleaseTrains#window}): a
 * run that starts outside it is refused, dry run or not, and a component that would start after the
 * window closed is not started (the run stops there, as on a failure), unless the manifest records a
 * schedule override ({@link ReleaseDesk#overrideSchedule}).
 *
 * <p>A release left {@code deploying} — by a failure, or by a run that died mid-deploy with
 * {@link #saveTo(Path)} set — is refused unless the caller says {@link #resume(boolean) resume}:
 * {@code deploying} is also what a run still in progress looks like, and two runs at once would
 * deploy the same component twice. A resumed live run skips the components the manifest records as
 * deployed at their release version, and deploys the others in order.
 *
 * <pre>{@code
 * ManifestUpdate u = desk.deployment(manifest, deployer).by("@john.doe").dryRun(false).call();
 * }</pre>
 */
public final class Deployment {
    private final ReleaseDesk desk;
    private final ReleaseManifest manifest;
    private final Deployer deployer;
    private String by = "";
    private boolean dryRun = true;
    private boolean called;
    private Path saveTo;
    private boolean resume;

    Deployment(ReleaseDesk desk, ReleaseManifest manifest, Deployer deployer) {
        this.desk = desk;
        this.manifest = Checks.notNull(manifest, "manifest");
        this.deployer = Checks.notNull(deployer, "deployer");
    }

    /**
     * Sets who deploys (required).
     *
     * @param user the handle
     * @return this command
     */
    public Deployment by(String user) {
        this.by = Checks.notBlank(user, "by");
        return this;
    }

    /**
     * Writes the manifest to a file (atomically: temporary file, then move) when the release moves
     * to {@code deploying}, after every component step and at the end, so a run that dies mid-deploy
     * leaves the components it finished recorded; nothing is written unless set, or in a dry run.
     *
     * @param file the manifest file, usually the one it was read from; its directory must exist
     * @return this command
     */
    public Deployment saveTo(Path file) {
        this.saveTo = Checks.notNull(file, "file");
        return this;
    }

    /**
     * Allows continuing a release left {@code deploying}. Only the person or job that knows the
     * earlier run is over (it failed or died) should say so: a run still in progress looks the same.
     *
     * @param value true to resume a {@code deploying} release; false unless set
     * @return this command
     */
    public Deployment resume(boolean value) {
        this.resume = value;
        return this;
    }

    /**
     * Chooses a dry run or a live deployment.
     *
     * @param value true for a dry run; true unless set
     * @return this command
     */
    public Deployment dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    /**
     * Runs the deployment.
     *
     * @return the update: a refusal when the release is neither approved nor deploying, not
     *     ready, or outside its deployment window without an override (R-WN1); for a dry run the unchanged manifest and no events; otherwise the
     *     manifest with its deployment record and the events {@code deployment_started}, then
     *     {@code deployment_completed} or {@code deployment_failed} (and {@code status_changed})
     * @throws ReleaseException when called a second time, when {@code by} was not set, or when the
     *     manifest file set with {@link #saveTo(Path)} cannot be written
     */
    public ManifestUpdate call() {
        if (called) {
            throw new ReleaseException(Messages.singleUse("deployment"));
        }
        called = true;
        Checks.required(by, "by", "by(user)", "call()");
        boolean resuming = manifest.status() == ReleaseStatus.DEPLOYING;
        if (resuming && !resume) {
            return ManifestUpdate.refused(manifest, Messages.deployingAlready(manifest.id().value()));
        }
        if (manifest.status() != ReleaseStatus.APPROVED && !resuming) {
            return ManifestUpdate.refused(manifest, Messages.deployNeedsApproved(manifest.status()));
        }
        Readiness readiness = manifest.readiness();
        if (!readiness.isReady()) {
            return ManifestUpdate.refused(manifest, Messages.notReadyFor(ReleaseStatus.DEPLOYING, readiness));
        }
        ReleaseId id = manifest.id();
        Instant start = desk.now();
        java.util.Optional<String> outside = desk.trains().deploymentRefusal(manifest, start, start);
        if (outside.isPresent()) {
            return ManifestUpdate.refused(manifest, outside.get());
        }
        if (dryRun) {
            // No events: a channel routing deployment_completed to "deployed to production" must
            // never hear of a dry run.
            return ManifestUpdate.accepted(manifest, List.of());
        }
        List<ReleaseEvent> events = new ArrayList<>();
        ReleaseManifest m = manifest;
        Map<String, DeploymentStep> done = new HashMap<>();
        if (resuming) {
            for (DeploymentStep step : manifest.deployment()) {
                if (step.outcome() == DeploymentStep.Outcome.DEPLOYED) {
                    done.put(step.component(), step);
                }
            }
        } else {
            m = manifest.moveTo(ReleaseStatus.DEPLOYING).withDeployment(List.of());
            events.add(desk.statusChanged(m, ReleaseStatus.APPROVED, ReleaseStatus.DEPLOYING));
            save(m);
        }
        events.add(new ManifestEvent.DeploymentStarted(id, false, start));
        List<DeploymentStep> steps = new ArrayList<>();
        String failure = "";
        for (Component c : manifest.components()) {
            if (!c.isChanged()) {
                continue;
            }
            DeploymentStep earlier = done.get(c.name());
            if (earlier != null && earlier.version().equals(c.newVersion())) {
                // Deployed and verified by an earlier run that stopped later: deploying again is not idempotent everywhere.
                steps.add(earlier);
                continue;
            }
            if (!failure.isEmpty()) {
                steps.add(new DeploymentStep(c.name(), c.newVersion(), DeploymentStep.Outcome.NOT_STARTED, "",
                        Times.text(desk.now())));
                continue;
            }
            java.util.Optional<String> closed = desk.trains().deploymentRefusal(manifest, desk.now(), start);
            if (closed.isPresent()) {
                // Deploy → verify → next inside the window: a component that would start after it
                // closes is not started, and the release stays deploying for a rollback or an override.
                failure = c.name();
                String detail = Messages.windowClosed(c.name(), closed.get());
                steps.add(new DeploymentStep(c.name(), c.newVersion(), DeploymentStep.Outcome.NOT_STARTED, detail,
                        Times.text(desk.now())));
                save(m.withDeployment(steps));
                events.add(new ManifestEvent.DeploymentFailed(id, c.name(), detail, desk.now()));
                continue;
            }
            Deployer.Result result = run(c, true);
            if (result.ok()) {
                result = run(c, false);
            }
            DeploymentStep.Outcome outcome = result.ok() ? DeploymentStep.Outcome.DEPLOYED : DeploymentStep.Outcome.FAILED;
            steps.add(new DeploymentStep(c.name(), c.newVersion(), outcome, result.detail(), Times.text(desk.now())));
            save(m.withDeployment(steps));
            if (!result.ok()) {
                failure = c.name();
                events.add(new ManifestEvent.DeploymentFailed(id, c.name(), result.detail(), desk.now()));
            }
        }
        m = m.withDeployment(steps);
        if (failure.isEmpty()) {
            m = m.moveTo(ReleaseStatus.DEPLOYED);
            events.add(desk.statusChanged(m, ReleaseStatus.DEPLOYING, ReleaseStatus.DEPLOYED));
            events.add(new ManifestEvent.DeploymentCompleted(id, false, Duration.between(start, desk.now()), desk.now()));
        }
        save(m);
        return desk.emit(ManifestUpdate.accepted(m, events));
    }

    /** Persists progress, so a run that dies mid-deploy leaves a manifest a re-run resumes from. */
    private void save(ReleaseManifest progress) {
        if (saveTo != null) {
            progress.write(saveTo);
        }
    }

    private Deployer.Result run(Component c, boolean deploy) {
        try {
            Deployer.Result r = deploy ? deployer.deploy(c.name(), c.newVersion().version())
                    : deployer.verify(c.name(), c.newVersion().version());
            return r == null ? Deployer.Result.failed(Messages.deployerReturnedNothing()) : r;
        } catch (RuntimeException e) {
            return Deployer.Result.failed(Messages.deployerThrew(e));
        }
    }
}
