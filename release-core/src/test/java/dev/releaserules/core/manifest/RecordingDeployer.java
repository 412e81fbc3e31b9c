package dev.releaserules.core.manifest;

import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real deployment port for tests: records every call and fails where told to. */
final class RecordingDeployer implements Deployer {
    final List<String> calls = new ArrayList<>();
    private final Map<String, String> failDeploy;
    private final Map<String, String> failVerify;
    private final Map<String, String> failRollback;

    RecordingDeployer(Map<String, String> failDeploy, Map<String, String> failVerify) {
        this(failDeploy, failVerify, Map.of());
    }

    RecordingDeployer(Map<String, String> failDeploy, Map<String, String> failVerify, Map<String, String> failRollback) {
        this.failDeploy = failDeploy;
        this.failVerify = failVerify;
        this.failRollback = failRollback;
    }

    static RecordingDeployer healthy() {
        return new RecordingDeployer(Map.of(), Map.of());
    }

    @Override
    public Result deploy(String component, Version version) {
        calls.add("deploy " + component + " " + version);
        String reason = failDeploy.get(component);
        return reason == null ? Result.succeeded("") : Result.failed(reason);
    }

    @Override
    public Result verify(String component, Version version) {
        calls.add("verify " + component + " " + version);
        String reason = failVerify.get(component);
        return reason == null ? Result.succeeded("healthy") : Result.failed(reason);
    }

    @Override
    public Result rollback(String component, Version toVersion) {
        calls.add("rollback " + component + " " + toVersion);
        String reason = failRollback.get(component);
        return reason == null ? Result.succeeded("rolled back") : Result.failed(reason);
    }
}
