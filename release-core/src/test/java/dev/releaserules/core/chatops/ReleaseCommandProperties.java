package dev.releaserules.core.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReleaseCommandProperties {

    @Provide
    Arbitrary<String> commandLike() {
        Arbitrary<String> words = Arbitraries.of("/release", "create", "status", "signoff", "approve", "deploy",
                "rollback", "help", "--apply", "--dry-run", "api", "..", "\t", "\n", " ", "ÄPI", "/approve");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(20);
        return Arbitraries.oneOf(words, noise).list().ofMaxSize(6).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 200)
    @Label("R-CO parsing never throws for any text")
    void parsing_never_throws(@ForAll String any, @ForAll("commandLike") String commandLike) {
        assertThat(ReleaseCommand.parse(any)).isNotNull();
        assertThat(ReleaseCommand.parse(commandLike)).isNotNull();
    }

    @Property(tries = 200)
    @Label("R-CO a rollback keeps its reason as typed, between the first and last non-blank characters")
    void rollback_keeps_the_reason(@ForAll("commandLike") String reason) {
        ReleaseCommand parsed = ReleaseCommand.parse("/release rollback " + reason);

        if (reason.isBlank()) {
            assertThat(parsed).isInstanceOf(ReleaseCommand.Invalid.class);
        } else {
            assertThat(parsed).isEqualTo(new ReleaseCommand.Rollback(reason.strip()));
        }
    }
}
