/**
 * jqwik arbitraries for Release Rules values: versions, conventional commit messages (valid,
 * breaking, non-conventional, hostile), commit histories ready for a
 * {@link dev.releaserules.testkit.git.TempGitRepository}, release manifests and their YAML, and
 * sign-off command sequences. Entry point: {@link dev.releaserules.testkit.jqwik.ReleaseArbitraries}.
 *
 * <p>{@link dev.releaserules.testkit.jqwik.ReleaseArbitraryProvider} is registered as a jqwik
 * {@code ArbitraryProvider} (through {@code META-INF/services} and {@code module-info}), so
 * {@code @ForAll Version v}, {@code @ForAll CommitMessage m}, {@code @ForAll ReleaseManifest m} and
 * the other types it lists need no {@code @Provide} method.
 *
 * <p>This package needs jqwik's API ({@code net.jqwik:jqwik-api}) at run time. The testkit depends
 * on it at compile scope, not as an optional dependency: the methods here return jqwik types, and
 * the module descriptor provides jqwik's service, which the module system only resolves with jqwik
 * present. Users add the testkit in test scope, where they already have jqwik; running properties
 * still needs the engine ({@code net.jqwik:jqwik}), which the user chooses.
 */
@NullMarked
package dev.releaserules.testkit.jqwik;

import org.jspecify.annotations.NullMarked;
