package dev.releaserules.testkit.git;

import dev.releaserules.core.spi.Identity;

/** Fixed identities for tests, so commit ids do not depend on who runs them. */
public final class TestIdentities {

    /** The developer who makes ordinary commits: {@code Ada Developer <ada@example.com>}. */
    public static final Identity DEVELOPER = new Identity("Ada Developer", "ada@example.com");

    /** A second developer, for concurrent clones: {@code Bob Builder <bob@example.com>}. */
    public static final Identity OTHER_DEVELOPER = new Identity("Bob Builder", "bob@example.com");

    /** The automation that prepares releases: {@code release-bot <release-bot@example.com>}. */
    public static final Identity RELEASE_BOT = new Identity("release-bot", "release-bot@example.com");

    private TestIdentities() {
    }
}
