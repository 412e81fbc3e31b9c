/**
 * Opens git repositories as {@link dev.releaserules.core.spi.SourceRepository} ports:
 * {@link dev.releaserules.git.GitRepositories#open(java.nio.file.Path)} for a path,
 * {@link dev.releaserules.git.GitRepositories#wrap(org.eclipse.jgit.lib.Repository)} for a JGit
 * repository the caller owns.
 */
@NullMarked
package dev.releaserules.git;

import org.jspecify.annotations.NullMarked;
