package dev.releaserules.git.internal;

import dev.releaserules.git.GitRepositories;
import java.io.File;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.StringUtils;
import org.eclipse.jgit.util.SystemReader;
import org.jspecify.annotations.Nullable;

/**
 * Keeps JGit from starting {@code git} child processes when it first needs the system configuration.
 *
 * <p>JGit's {@code FS.getGitSystemConfig()} discovers git's {@code $(prefix)/etc/gitconfig} by running
 * {@code git --version} and {@code git config --system --show-origin --list}; measured on a script's
 * cold start that is ~100 ms. {@code FS.setGitSystemConfig(File)} pre-answers that question for the
 * JVM-wide {@code FS.DETECTED} (the instance {@code SystemReader.getSystemConfig()} uses), which is a
 * narrower change than replacing the global {@code SystemReader}: user and repository configuration,
 * and a caller's own {@code SystemReader}, are left alone.
 *
 * <p>It also sizes JGit's pack window cache for walking whole histories (see
 * {@link #windowCache(long, String)}).
 */
public final class LeanStartup {
    private static final AtomicBoolean APPLIED = new AtomicBoolean();
    private static final long MIB = 1L << 20;
    private static final long JGIT_DEFAULT_LIMIT = 10 * MIB;
    private static final long MAX_LIMIT = 256 * MIB;

    private LeanStartup() {
    }

    /** Applies the configured mode once per JVM; later calls do nothing. */
    public static void apply() {
        if (!APPLIED.compareAndSet(false, true)) {
            return;
        }
        SystemReader reader = SystemReader.getInstance();
        windowCache(Runtime.getRuntime().maxMemory(), reader.getProperty(GitRepositories.WINDOW_CACHE_PROPERTY))
                .ifPresent(WindowCacheConfig::install);
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

    /**
     * The pack window cache to install, or empty to keep JGit's. JGit's default holds 10 MiB of pack
     * windows, sized for an IDE with many repositories open; a walk of a history whose pack is larger
     * evicts and re-reads windows all the time (measured on a 100k-commit repository with a 68 MiB
     * pack: a whole-history log took 1.1 s with the default and 0.65 s with 128 MiB). The windows are
     * held by soft references, so a small heap gets them back under pressure.
     *
     * @param maxMemory the JVM's maximum heap
     * @param property the value of {@link GitRepositories#WINDOW_CACHE_PROPERTY}, or null
     * @return a quarter of the heap, at least JGit's 10 MiB and at most 256 MiB; empty when the property
     *     is {@code jgit}
     */
    static Optional<WindowCacheConfig> windowCache(long maxMemory, @Nullable String property) {
        if (property != null && property.trim().equalsIgnoreCase("jgit")) {
            return Optional.empty();
        }
        WindowCacheConfig config = new WindowCacheConfig();
        config.setPackedGitLimit(Math.max(JGIT_DEFAULT_LIMIT, Math.min(MAX_LIMIT, maxMemory / 4)));
        return Optional.of(config);
    }
}
