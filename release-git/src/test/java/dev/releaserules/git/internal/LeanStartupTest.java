package dev.releaserules.git.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;

class LeanStartupTest {

    @Test
    void the_system_config_location_is_pre_answered_so_jgit_starts_no_git_process() {
        // given: the default mode, off Windows (where JGit's own discovery is kept)
        assumeFalse(SystemReader.getInstance().isWindows());
        assumeFalse(System.getProperty("releaserules.git.systemConfig") != null);
        String explicit = SystemReader.getInstance().getenv("GIT_CONFIG_SYSTEM");
        File etc = new File("/etc/gitconfig");
        File expected = explicit != null && !explicit.isEmpty() ? new File(explicit) : etc.isFile() ? etc : null;

        // when
        LeanStartup.apply();

        // then: getGitSystemConfig() returns the pre-set answer; discovery would have run `git`
        assertThat(FS.DETECTED.getGitSystemConfig()).isEqualTo(expected);
    }

    @Test
    void the_pack_window_cache_is_a_quarter_of_the_heap_between_jgits_10_mib_and_256_mib() {
        // given
        long mib = 1L << 20;

        // when / then
        assertThat(LeanStartup.windowCache(256 * mib, null)).get()
                .extracting(WindowCacheConfig::getPackedGitLimit).isEqualTo(64 * mib);
        assertThat(LeanStartup.windowCache(16 * mib, "")).get()
                .extracting(WindowCacheConfig::getPackedGitLimit).isEqualTo(10 * mib);
        assertThat(LeanStartup.windowCache(8192 * mib, null)).get()
                .extracting(WindowCacheConfig::getPackedGitLimit).isEqualTo(256 * mib);
    }

    @Test
    void the_jgit_mode_keeps_the_window_cache_the_application_installed() {
        // when / then
        assertThat(LeanStartup.windowCache(1024L << 20, " JGit ")).isEmpty();
    }
}
