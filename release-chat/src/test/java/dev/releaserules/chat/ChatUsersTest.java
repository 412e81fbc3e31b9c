package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatUsersTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("R-CO the user table maps Slack and Telegram user ids to manifest handles")
    void reads_the_table() throws Exception {
        Path file = Files.writeString(dir.resolve("users.yaml"), """
                slack:
                  U012ABCDEF: "@alice"
                  W0JOHN: "@john.doe"
                telegram:
                  "123456789": "@alice"
                """);

        ChatUsers users = ChatUsers.read(file);

        assertThat(users.findSlackHandle("U012ABCDEF")).contains("@alice");
        assertThat(users.findSlackHandle("W0JOHN")).contains("@john.doe");
        assertThat(users.findSlackHandle("U999")).isEmpty();
        assertThat(users.findTelegramHandle(123456789L)).contains("@alice");
        assertThat(users.findTelegramHandle(42L)).isEmpty();
    }

    @Test
    @DisplayName("Bad input: malformed ids, handles and files are refused naming the entry")
    void refuses_malformed_entries() throws Exception {
        assertThatThrownBy(() -> ChatUsers.of(Map.of("u-lower", "@a"), Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Slack user id \"u-lower\"");
        assertThatThrownBy(() -> ChatUsers.of(Map.of("U1", "alice"), Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("handle of Slack user id U1");
        assertThatThrownBy(() -> ChatUsers.of(Map.of(), Map.of("-5", "@a")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Telegram user id \"-5\"");
        Path unknownKey = Files.writeString(dir.resolve("a.yaml"), "discord:\n  x: \"@a\"\n");
        assertThatThrownBy(() -> ChatUsers.read(unknownKey))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected slack or telegram");
        Path notText = Files.writeString(dir.resolve("b.yaml"), "slack:\n  U1: [\"@a\"]\n");
        assertThatThrownBy(() -> ChatUsers.read(notText))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a quoted @handle");
        assertThat(ChatUsers.read(Files.writeString(dir.resolve("empty.yaml"), "")).findSlackHandle("U1")).isEmpty();
    }
}
