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

    RecordingDeployer(Map<String, String> failDeploy, Map<String, String> failVerify) {
        this.failDeploy = failDeploy;
        this.failVerify = failVerify;
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
}
