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

    exports dev.releaserules.git;
}
