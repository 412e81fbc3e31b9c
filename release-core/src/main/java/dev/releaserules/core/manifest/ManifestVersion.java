package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;

/**
 * A component version as manifests write it: a SemVer {@link Version} with an optional {@code v}
 * prefix, such as {@code v1.2.3}. The prefix is kept so a manifest writes back as it was read.
 *
 * @param prefix {@code "v"} or the empty string
 * @param version the version
 */
public record ManifestVersion(String prefix, Version version) implements Comparable<ManifestVersion> {

    /** Validates the parts. */
    public ManifestVersion {
        Checks.notNull(prefix, "version prefix");
        Checks.notNull(version, "version");
        if (!prefix.isEmpty() && !"v".equals(prefix)) {
            throw new InvalidInputException("version prefix", prefix, "\"v\" or nothing");
        }
    }

    /**
     * Parses {@code v1.2.3} or {@code 1.2.3}.
     *
     * @param text the version text
     * @return the version with its prefix
     * @throws InvalidInputException when the text is not a SemVer version with an optional {@code v}
     */
    public static ManifestVersion parse(String text) {
        Checks.notNull(text, "version");
        boolean prefixed = text.startsWith("v");
        var version = Version.tryParse(prefixed ? text.substring(1) : text)
                .orElseThrow(() -> new InvalidInputException("version", text, Expected.MANIFEST_VERSION));
        return new ManifestVersion(prefixed ? "v" : "", version);
    }

    /**
     * A version written with the {@code v} prefix.
     *
     * @param version the version
     * @return the manifest version
     */
    public static ManifestVersion of(Version version) {
        return new ManifestVersion("v", version);
    }

    /**
     * Another version written with this one's prefix.
     *
     * @param other the version
     * @return the manifest version
     */
    public ManifestVersion withVersion(Version other) {
        return new ManifestVersion(prefix, other);
    }

    @Override
    public int compareTo(ManifestVersion other) {
        return version.compareTo(other.version);
    }

    @Override
    public String toString() {
        return prefix + version;
    }
}
