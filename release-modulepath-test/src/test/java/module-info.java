/**
 * The module-path test: a named, open module (so JUnit may reflect on its tests) that reads the
 * published Release Rules modules exactly as a modular user's code would, and nothing internal.
 */
open module dev.releaserules.modulepath.test {
    requires dev.releaserules.core;
    requires dev.releaserules.git;
    requires dev.releaserules.notify;
    requires dev.releaserules.github;
    requires dev.releaserules.chat;
    requires dev.releaserules.testkit;
    requires org.junit.jupiter.api;
    requires org.assertj.core;
    // ReadmeCodeTest compiles the README's Java blocks.
    requires java.compiler;
    // The bitmap push test runs JGit's gc itself (readable through the testkit anyway).
    requires org.eclipse.jgit;
}
