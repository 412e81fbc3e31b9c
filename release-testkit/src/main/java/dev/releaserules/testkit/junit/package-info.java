/**
 * JUnit 5 support: {@link dev.releaserules.testkit.junit.TempGitRepositoryExtension} gives each test
 * a fresh {@link dev.releaserules.testkit.git.TempGitRepository} and deletes it afterwards.
 */
@NullMarked
package dev.releaserules.testkit.junit;

import org.jspecify.annotations.NullMarked;
