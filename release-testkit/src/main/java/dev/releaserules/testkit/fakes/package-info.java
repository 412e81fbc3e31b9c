/**
 * In-memory fakes of the ports that have no real counterpart in a test: a
 * {@link dev.releaserules.testkit.fakes.RecordingDeployer} with scripted failures, a
 * {@link dev.releaserules.testkit.fakes.RecordingNotifier} and a
 * {@link dev.releaserules.testkit.fakes.RecordingListener}. Each records what it was asked, in order,
 * so a test asserts on calls and events rather than on log output. The hosting fake is
 * {@link dev.releaserules.testkit.hosting.InMemoryHosting}.
 */
@NullMarked
package dev.releaserules.testkit.fakes;

import org.jspecify.annotations.NullMarked;
