package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * Which paths a range of history is about, as {@code git log A..B -- <paths>} takes them: a path is
 * in when it matches an include pattern (or there are none) and no exclude pattern. With a filter,
 * a log holds the commits that change a path that is in, with git's default history
 * simplification: a merge whose result equals one parent's for those paths is left out, and only
 * that parent's side is followed.
 *
 * @param include the patterns a path must match one of; empty for every path
 * @param exclude the patterns a path must match none of
 */
public record PathFilter(List<PathPattern> include, List<PathPattern> exclude) {
    private static final PathFilter ALL = new PathFilter(List.of(), List.of());

    /** Validates and copies the patterns. */
    public PathFilter {
        include = Checks.listCopy(include, "include");
        exclude = Checks.listCopy(exclude, "exclude");
    }

    /**
     * Every path.
     *
     * @return the filter that keeps everything
     */
    public static PathFilter all() {
        return ALL;
    }

    /**
     * The paths matching any of the patterns.
     *
     * @param patterns such as {@code packages/vite}
     * @return the filter
     */
    public static PathFilter including(String... patterns) {
        return new PathFilter(Arrays.stream(patterns).map(PathPattern::of).toList(), List.of());
    }

    /**
     * This filter with more exclude patterns.
     *
     * @param patterns such as {@code **}{@code /*.md}
     * @return the new filter
     */
    public PathFilter excluding(String... patterns) {
        List<PathPattern> more = new java.util.ArrayList<>(exclude);
        Arrays.stream(patterns).map(PathPattern::of).forEach(more::add);
        return new PathFilter(include, more);
    }

    /**
     * Whether the filter keeps every path.
     *
     * @return true when there are no patterns
     */
    public boolean isAll() {
        return include.isEmpty() && exclude.isEmpty();
    }

    /**
     * Whether a path is in.
     *
     * @param path a path relative to the repository root
     * @return true when it is kept
     */
    public boolean matches(String path) {
        return (include.isEmpty() || include.stream().anyMatch(p -> p.matches(path)))
                && exclude.stream().noneMatch(p -> p.matches(path));
    }
}
