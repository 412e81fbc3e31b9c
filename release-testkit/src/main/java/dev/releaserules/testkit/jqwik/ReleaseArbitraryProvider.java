package dev.releaserules.testkit.jqwik;

import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.manifest.CommentCommand;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.version.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik generate Release Rules values for {@code @ForAll} parameters without a
 * {@code @Provide} method: {@link Version}, {@link CommitMessage}, {@link ConventionalCommit},
 * {@link ReleaseManifest}, {@link ReleaseId}, {@link CommentCommand} and {@link CommitHistory}, each
 * from the matching {@link ReleaseArbitraries} method. Registered through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} and the module descriptor;
 * jqwik finds it when the testkit is on the test class path or module path.
 *
 * <p>A {@code @ForAll("name")} parameter still uses its named {@code @Provide} method.
 */
public final class ReleaseArbitraryProvider implements ArbitraryProvider {
    private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES = arbitraries();

    /** Creates the provider; jqwik does this through the service loader. */
    public ReleaseArbitraryProvider() {
        // Stateless: the table is shared.
    }

    private static Map<Class<?>, Supplier<Arbitrary<?>>> arbitraries() {
        Map<Class<?>, Supplier<Arbitrary<?>>> map = new LinkedHashMap<>();
        map.put(Version.class, ReleaseArbitraries::versions);
        map.put(CommitMessage.class, ReleaseArbitraries::commitMessages);
        map.put(ConventionalCommit.class, ReleaseArbitraries::conventionalCommits);
        map.put(ReleaseManifest.class, ReleaseArbitraries::manifests);
        map.put(ReleaseId.class, ReleaseArbitraries::releaseIds);
        map.put(CommentCommand.class, ReleaseArbitraries::signOffCommands);
        map.put(CommitHistory.class, ReleaseArbitraries::commitHistories);
        return Map.copyOf(map);
    }

    /**
     * Whether a parameter type is one this provider generates.
     *
     * @param targetType the parameter's type
     * @return true for exactly the listed types (not their supertypes, not raw {@code Object})
     */
    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
    }

    /**
     * The arbitrary for a parameter type.
     *
     * @param targetType the parameter's type
     * @param subtypeProvider jqwik's lookup for type parameters; not needed here
     * @return one arbitrary, or none when the type is not one of the listed types
     */
    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> entry : ARBITRARIES.entrySet()) {
            if (targetType.isOfType(entry.getKey())) {
                return Set.of(entry.getValue().get());
            }
        }
        return Set.of();
    }
}
