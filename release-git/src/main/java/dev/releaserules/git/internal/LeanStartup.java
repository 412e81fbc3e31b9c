package dev.releaserules.git.internal;

import dev.releaserules.git.GitRepositories;
import java.io.File;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.StringUtils;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from starting {@code git} child processes when it first needs the system configuration.
 *
 * <p>JGit's {@code FS.getGitSystemConfig()} discovers git's {@code $(prefix)/etc/gitconfig} by running
 * {@code git --version} and {@code git config --system --show-origin --list}; measured on a script's
 * cold start that is ~100 ms. {@code FS.setGitSystemConfig(File)} pre-answers that question for the
 * JVM-wide {@code FS.DETECTED} (the instance {@code SystemReader.getSystemConfig()} uses), which is a
 * narrower change than replacing the global {@code SystemReader}: user and repository configuration,
 * and a caller's own {@code SystemReader}, are left alone.
 */
public final class LeanStartup {
    private static final AtomicBoolean APPLIED = new AtomicBoolean();

    private LeanStartup() {
    }

    /** Applies the configured mode once per JVM; later calls do nothing. */
    public static void apply() {
        if (!APPLIED.compareAndSet(false, true)) {
            return;
        }
        SystemReader reader = SystemReader.getInstance();
        String mode = StringUtils.isEmptyOrNull(reader.getProperty(GitRepositories.SYSTEM_CONFIG_PROPERTY))
                ? "lean"
                : reader.getProperty(GitRepositories.SYSTEM_CONFIG_PROPERTY).trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "discover" -> {
                // JGit's own discovery, child processes included.
            }
            case "none" -> FS.DETECTED.setGitSystemConfig(null);
            default -> {
                String explicit = reader.getenv("GIT_CONFIG_SYSTEM");
                if (!StringUtils.isEmptyOrNull(explicit)) {
                    FS.DETECTED.setGitSystemConfig(new File(explicit));
                } else if (!reader.isWindows()) {
                    File etc = new File("/etc/gitconfig");
                    FS.DETECTED.setGitSystemConfig(etc.isFile() ? etc : null);
                }
            }
        }
    }
}
