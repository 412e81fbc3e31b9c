package dev.releaserules.core.manifest;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Deployer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rolls a deploying or deployed release back through the deployer (R-D2): every component the
 * deployment touched goes back to the version it ran before, in the reverse order of the
 * deployment, stopping at the first failure; when every component is back, the release moves to
 * {@code rolled_back} with who and why, announced urgently. A dry run (the default) changes nothing
 * and says what would happen ({@link #plan()}). Made by {@link ReleaseDesk#rollbackDeployment};
 * single use.
 *
 * <pre>{@code
 * ManifestUpdate u = desk.rollbackDeployment(manifest, deployer).by("@oncall")
 *         .reason("error rate above SLO").dryRun(false).call();
 * }</pre>
 */
public final class DeploymentRollback {
    private final ReleaseDesk desk;
    private final ReleaseManifest manifest;
    private final Deployer deployer;
    private String by = "";
    private String reason = "";
    private boolean dryRun = true;
    private boolean called;

    DeploymentRollback(ReleaseDesk desk, ReleaseManifest manifest, Deployer deployer) {
        this.desk = desk;
        this.manifest = Checks.notNull(manifest, "manifest");
        this.deployer = Checks.notNull(deployer, "deployer");
    }

    /**
     * Who rolls back (required).
     *
     * @param user such as {@code @oncall}
     * @return this command
     */
    public DeploymentRollback by(String user) {
        this.by = Checks.notBlank(user, "by");
        return this;
    }

    /**
     * Why (required).
     *
     * @param text the reason
     * @return this command
     */
    public DeploymentRollback reason(String text) {
        this.reason = Checks.notBlank(text, "reason");
        return this;
    }

    /**
     * Whether to only say what would happen; true unless set.
     *
     * @param value false to roll back for real
     * @return this command
     */
    public DeploymentRollback dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    /**
     * The components that go back, in the order they would, each with the version it returns to.
     *
     * @return one line per component, such as {@code roll back api from 3.0.0 to 2.3.1}
     */
    public List<String> plan() {
        List<String> lines = new ArrayList<>();
        for (Component c : touched()) {
            lines.add("roll back " + c.name() + " from " + c.newVersion() + " to " + c.currentVersion());
        }
        return List.copyOf(lines);
    }

    /**
     * Rolls back, or in a dry run only checks that it may.
     *
     * @return the rolled-back manifest with its events; a dry run returns the manifest unchanged and no
     *     event; a refusal when the release is in another status, or when a component's rollback
     *     failed (naming it and what was already rolled back; the status stays, so a re-run retries)
     * @throws ReleaseException when called twice
     * @throws dev.releaserules.core.InvalidInputException when {@code by} or {@code reason} is missing
     */
    public ManifestUpdate call() {
        if (called) {
            throw new ReleaseException(Messages.singleUse("rollback"));
        }
        called = true;
        Checks.required(by, "by", "by(user)", "call()");
        Checks.required(reason, "reason", "reason(text)", "call()");
        if (!manifest.status().canMoveTo(ReleaseStatus.ROLLED_BACK)) {
            return ManifestUpdate.refused(manifest, Messages.rollbackNotAllowed(manifest.status()));
        }
        if (dryRun) {
            return ManifestUpdate.accepted(manifest, List.of());
        }
        List<String> done = new ArrayList<>();
        for (Component c : touched()) {
            Deployer.Result result;
            try {
                result = deployer.rollback(c.name(), c.currentVersion().version());
            } catch (RuntimeException e) {
                result = Deployer.Result.failed(Messages.deployerThrew(e));
            }
            if (result == null || !result.ok()) {
                String detail = result == null ? Messages.deployerReturnedNothing() : result.detail();
                return ManifestUpdate.refused(manifest, Messages.rollbackFailed(c.name(), detail, done));
            }
            done.add(c.name());
        }
        return desk.rollback(manifest, by, reason);
    }

    /** The changed components the deployment reached (deployed, or failed part-way), last deployed first. */
    private List<Component> touched() {
        List<Component> out = new ArrayList<>();
        for (DeploymentStep step : manifest.deployment()) {
            if (step.outcome() != DeploymentStep.Outcome.NOT_STARTED) {
                manifest.findComponent(step.component()).filter(Component::isChanged).ifPresent(out::add);
            }
        }
        Collections.reverse(out);
        return out;
    }
}
