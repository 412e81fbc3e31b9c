package dev.releaserules.core.changelog;

import dev.releaserules.core.internal.Checks;

/**
 * Makes {@link ReleaseNotes} from the commits of a release range (R-C1): groups conventional commits by
 * type, puts breaking changes first, merges the commits of one unit of change into one entry (see
 * {@link Entry}), and accounts for every other commit in {@link ReleaseNotes#excluded()}.
 * Thread-safe; {@link #notes()} hands out a new builder each time.
 *
 * <pre>{@code
 * ReleaseNotes notes = ChangelogGenerator.of(config).notes()
 *         .version(Version.parse("2.2.0"))
 *         .previousVersion(Version.parse("2.1.1"))
 *         .date(LocalDate.of(2026, 1, 18))
 *         .tag("v2.2.0").previousTag("v2.1.1")
 *         .commits(commitsSinceV211)          // newest first, as git log gives them
 *         .build();
 * }</pre>
 */
public final class ChangelogGenerator {
    private final ChangelogConfig config;

    private ChangelogGenerator(ChangelogConfig config) {
        this.config = config;
    }

    /**
     * A generator with a configuration.
     *
     * @param config the configuration
     * @return the generator
     */
    public static ChangelogGenerator of(ChangelogConfig config) {
        return new ChangelogGenerator(Checks.notNull(config, "config"));
    }

    /**
     * A generator with the {@linkplain ChangelogConfig#defaults() default configuration}.
     *
     * @return the generator
     */
    public static ChangelogGenerator withDefaults() {
        return new ChangelogGenerator(ChangelogConfig.defaults());
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public ChangelogConfig config() {
        return config;
    }

    /**
     * A new single-use command that makes the notes of one release.
     *
     * @return a new builder
     */
    public ReleaseNotesBuilder notes() {
        return new ReleaseNotesBuilder(config);
    }
}
