/**
 * The source-repository port of Release Rules on a real git repository, through JGit.
 *
 * <p>Entry point: {@link dev.releaserules.git.GitRepositories}. JGit's checked exceptions and
 * {@code IOException} never leave this module; every failure is a
 * {@link dev.releaserules.core.spi.RepositoryException}.
 */
@SuppressWarnings("requires-transitive-automatic")
module dev.releaserules.git {
    requires transitive dev.releaserules.core;
    // GitRepositories.wrap takes a JGit Repository, so JGit is part of this module's API.
    requires transitive org.eclipse.jgit;
    requires org.slf4j;
    // JGit is an automatic module: it declares no requires, so on the module path what it loads at run
    // time is resolved only when some module requires it. JavaEWAH reads pack bitmaps (any gc'd or
    // 'repack -b' repository; a push from one died with NoClassDefFoundError and then hung), and
    // commons-codec is JGit's other runtime dependency. Both are explicit modules.
    requires com.googlecode.javaewah;
    requires org.apache.commons.codec;

    exports dev.releaserules.git;
}
