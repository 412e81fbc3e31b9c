package dev.releaserules.modulepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.chat.ChatServer;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.notify.Channels;
import dev.releaserules.testkit.git.TempGitRepository;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModuleBoundariesTest {
    private final Module self = getClass().getModule();
    private final Module core = ReleaseException.class.getModule();
    private final Module git = GitRepositories.class.getModule();
    private final Module notify = Channels.class.getModule();
    private final Module testkit = TempGitRepository.class.getModule();
    private final Module chat = ChatServer.class.getModule();

    @Test
    void this_test_runs_as_a_named_module_on_the_module_path() {
        assertThat(self.isNamed()).isTrue();
        assertThat(self.getName()).isEqualTo("dev.releaserules.modulepath.test");
        assertThat(self.getLayer()).isNotNull();
    }

    @Test
    void the_published_modules_are_named_modules_with_their_stable_names() {
        assertThat(Set.of(core, git, notify, testkit)).allSatisfy(module -> assertThat(module.isNamed()).isTrue());
        assertThat(Set.of(core.getName(), git.getName(), notify.getName(), testkit.getName())).containsExactlyInAnyOrder(
                "dev.releaserules.core", "dev.releaserules.git", "dev.releaserules.notify", "dev.releaserules.testkit");
    }

    @Test
    void the_chat_module_is_named_and_reads_the_jdk_http_server() {
        assertThat(chat.isNamed()).isTrue();
        assertThat(chat.getName()).isEqualTo("dev.releaserules.chat");
        assertThat(chat.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("jdk.httpserver", "dev.releaserules.core", "dev.releaserules.notify");
    }

    @Test
    void core_internal_is_exported_only_to_our_own_modules() {
        // given
        String internal = "dev.releaserules.core.internal";

        // then
        assertThat(core.getPackages()).contains(internal);
        assertThat(core.isExported(internal)).as("exported to everyone").isFalse();
        assertThat(core.isExported(internal, self)).as("exported to a user's module").isFalse();
        assertThat(core.isExported(internal, git)).isTrue();
        assertThat(qualifiedExports(core)).containsExactly(
                internal + " to [dev.releaserules.chat, dev.releaserules.git, dev.releaserules.github, dev.releaserules.notify, dev.releaserules.testkit]");
    }

    @Test
    void the_github_adapter_is_a_named_module_that_exports_its_api_and_hides_its_internals() {
        Module github = dev.releaserules.github.GitHubHosting.class.getModule();
        assertThat(github.getName()).isEqualTo("dev.releaserules.github");
        assertThat(github.isExported("dev.releaserules.github", self)).isTrue();
        assertThat(github.getPackages()).contains("dev.releaserules.github.internal");
        assertThat(github.isExported("dev.releaserules.github.internal")).isFalse();
        assertThat(qualifiedExports(github)).isEmpty();
    }

    @Test
    void adapter_and_testkit_internals_are_not_exported_at_all() {
        assertThat(Set.of(git, notify, testkit, chat)).allSatisfy(module -> {
            String internal = module.getName() + ".internal";
            assertThat(module.getPackages()).contains(internal);
            assertThat(module.isExported(internal)).isFalse();
            assertThat(module.isExported(internal, self)).isFalse();
        });
        assertThat(Set.of(git, testkit, chat)).allSatisfy(module -> assertThat(qualifiedExports(module)).isEmpty());
        // The one exception: the chat transports escape texts with the notifiers' code.
        assertThat(qualifiedExports(notify)).containsExactly("dev.releaserules.notify.internal to [dev.releaserules.chat]");
    }

    @Test
    void every_exported_package_is_a_public_api_package() {
        assertThat(Set.of(core, git, notify, testkit, chat)).allSatisfy(module ->
                assertThat(module.getDescriptor().exports()).filteredOn(e -> !e.isQualified())
                        .extracting(ModuleDescriptor.Exports::source)
                        .allSatisfy(name -> assertThat(name).doesNotContain("internal")));
    }

    @Test
    void reflection_cannot_reach_an_internal_class() throws Exception {
        // given: the class loads, since it is in a module this layer holds
        Class<?> checks = Class.forName("dev.releaserules.core.internal.Checks");

        // then: but its public members are out of reach for a user's module
        assertThatThrownBy(() -> checks.getMethod("notNull", Object.class, String.class).invoke(null, "x", "x"))
                .isInstanceOf(IllegalAccessException.class).hasMessageContaining("does not export");
    }

    private static Set<String> qualifiedExports(Module module) {
        return module.getDescriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .map(e -> e.source() + " to " + e.targets().stream().sorted().toList())
                .collect(Collectors.toSet());
    }

    @Test
    @DisplayName("no automatic module in the API of core and notify; git and testkit expose only JGit, by design")
    void no_automatic_module_is_exported_through_requires_transitive() {
        // JGit publishes no module descriptor; GitRepositories.wrap(Repository) and TempGitRepository.repository()
        // hand out its types, so it is the one automatic module a user of git or testkit reads.
        assertThat(automaticTransitiveRequires(core)).isEmpty();
        assertThat(automaticTransitiveRequires(notify)).isEmpty();
        assertThat(automaticTransitiveRequires(git)).containsExactly("org.eclipse.jgit");
        assertThat(automaticTransitiveRequires(testkit)).containsExactly("org.eclipse.jgit");
    }

    @Test
    @DisplayName("what JGit loads at run time (JavaEWAH, commons-codec) is resolved without --add-modules")
    void jgit_runtime_modules_are_resolved_without_flags() {
        assertThat(ModuleLayer.boot().findModule("com.googlecode.javaewah")).isPresent();
        assertThat(ModuleLayer.boot().findModule("org.apache.commons.codec")).isPresent();
        assertThat(git.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("com.googlecode.javaewah", "org.apache.commons.codec");
    }

    private static Set<String> automaticTransitiveRequires(Module module) {
        return module.getDescriptor().requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .filter(name -> module.getLayer().findModule(name).map(m -> m.getDescriptor().isAutomatic()).orElse(false))
                .collect(Collectors.toSet());
    }
}
