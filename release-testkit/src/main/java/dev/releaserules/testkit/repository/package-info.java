/**
 * An in-memory {@link dev.releaserules.core.spi.SourceRepository} and the contract suite every
 * implementation of that port passes: flow rules run in a unit test without git, and an adapter
 * author checks an adapter against the same scenarios.
 */
package dev.releaserules.testkit.repository;
