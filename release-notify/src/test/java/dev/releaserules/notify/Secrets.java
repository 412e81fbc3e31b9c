package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that a secret appears in none of the given texts. */
final class Secrets {
    private Secrets() {
    }

    static void assertAbsent(String secret, String... texts) {
        for (String text : texts) {
            assertThat(text).as("a text that must not hold the secret").doesNotContain(secret);
        }
    }
}
