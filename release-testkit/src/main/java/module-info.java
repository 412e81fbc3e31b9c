/**
 * Test support for Release Rules and its users: real temporary git repositories with a bare origin
 * and a ticking clock ({@code dev.releaserules.testkit.git}), an in-memory hosting port
 * ({@code dev.releaserules.testkit.hosting}), a recording HTTP server on loopback
 * ({@code dev.releaserules.testkit.http}), a JUnit 5 extension for temporary repositories
 * ({@code dev.releaserules.testkit.junit}) and recording fakes of the deployer, notifier and listener
 * ports ({@code dev.releaserules.testkit.fakes}), jqwik arbitraries registered for {@code @ForAll}
 * ({@code dev.releaserules.testkit.jqwik}) and AssertJ assertions for the release values
 * ({@code dev.releaserules.testkit.assertions}).
 */
@SuppressWarnings("requires-transitive-automatic")
module dev.releaserules.testkit {
    requires transitive dev.releaserules.core;
    // TempGitRepository hands out its JGit Repository, so JGit is part of this module's API.
    requires transitive org.eclipse.jgit;
    requires jdk.httpserver;
    // TempGitRepositoryExtension implements JUnit's extension interfaces.
    requires transitive org.junit.jupiter.api;
    // ReleaseArbitraries returns jqwik's Arbitrary and ReleaseAssertions AssertJ's AbstractAssert.
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;

    exports dev.releaserules.testkit.git;
    exports dev.releaserules.testkit.repository;
    exports dev.releaserules.testkit.hosting;
    exports dev.releaserules.testkit.http;
    exports dev.releaserules.testkit.junit;
    exports dev.releaserules.testkit.fakes;
    exports dev.releaserules.testkit.jqwik;
    exports dev.releaserules.testkit.assertions;

    provides net.jqwik.api.providers.ArbitraryProvider with dev.releaserules.testkit.jqwik.ReleaseArbitraryProvider;
}
