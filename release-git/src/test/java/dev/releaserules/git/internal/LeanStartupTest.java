package dev.releaserules.git.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
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
}
