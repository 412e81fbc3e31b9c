package dev.releaserules.git.internal;

import dev.releaserules.core.spi.PathFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A core {@link PathFilter} as a JGit tree filter: files are kept by the filter, directories are
 * entered (a glob may match anything below them). Stateless, so one instance serves every walk.
 */
final class PathFilterTree extends TreeFilter {
    private final PathFilter filter;

    PathFilterTree(PathFilter filter) {
        this.filter = filter;
    }

    @Override
    public boolean include(TreeWalk walker) {
        return walker.isSubtree() || filter.matches(walker.getPathString());
    }

    @Override
    public boolean shouldBeRecursive() {
        return true;
    }

    @Override
    public TreeFilter clone() {
        return this;
    }

    @Override
    public String toString() {
        return "PathFilterTree" + filter.include() + "-" + filter.exclude();
    }
}
