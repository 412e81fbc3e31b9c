/**
 * The release rules as pure Java: versions, conventional commits, changelogs, consistency checks,
 * flow decisions, release manifests, events and the ports adapters implement.
 *
 * <p>Nothing in this module talks to the world by itself; git, hosting, notification and clock
 * access all go through the interfaces of {@code dev.releaserules.core.spi}.
 */
module dev.releaserules.core {
    requires org.semver4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.slf4j;
    requires org.commonmark;
    requires static transitive org.jspecify;

    exports dev.releaserules.core;
    exports dev.releaserules.core.version;
    exports dev.releaserules.core.commit;
    exports dev.releaserules.core.changelog;
    exports dev.releaserules.core.validation;
    exports dev.releaserules.core.flow;
    exports dev.releaserules.core.hosting;
    exports dev.releaserules.core.event;
    exports dev.releaserules.core.spi;
    exports dev.releaserules.core.manifest;
    exports dev.releaserules.core.chatops;

    exports dev.releaserules.core.internal
        to dev.releaserules.git, dev.releaserules.notify, dev.releaserules.testkit, dev.releaserules.chat,
            dev.releaserules.github;
}
