package dev.releaserules.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.internal.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is who in chat: the table from a Slack or Telegram user id to the {@code @handle} the release
 * manifests use (team leads, release manager, on-call). Only a mapped user's commands run; the
 * handle is what the sign-off and role rules check, so the table is the bot's access list.
 *
 * <p>As YAML ({@link #read(Path)}):
 *
 * <pre>
 * slack:
 *   U012ABCDEF: "@alice"
 *   U034GHIJKL: "@john.doe"
 * telegram:
 *   "123456789": "@alice"
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChatUsers {
    private static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]{2,32}");
    private static final Pattern TELEGRAM_ID = Pattern.compile("[1-9][0-9]{0,18}");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final long MAX_FILE_BYTES = 1 << 20;

    private final Map<String, String> slack;
    private final Map<String, String> telegram;

    private ChatUsers(Map<String, String> slack, Map<String, String> telegram) {
        this.slack = slack;
        this.telegram = telegram;
    }

    /**
     * A table from maps.
     *
     * @param slack Slack user id (such as {@code U012ABCDEF}) → handle (such as {@code @alice})
     * @param telegram Telegram user id (decimal, such as {@code 123456789}) → handle
     * @return the table
     * @throws InvalidInputException when an id or handle is malformed, naming it
     */
    public static ChatUsers of(Map<String, String> slack, Map<String, String> telegram) {
        return new ChatUsers(checked(Checks.mapCopy(slack, "slack users"), SLACK_ID, "Slack user id",
                "upper-case letters and digits, such as U012ABCDEF"),
                checked(Checks.mapCopy(telegram, "telegram users"), TELEGRAM_ID, "Telegram user id",
                        "a positive decimal number, such as 123456789"));
    }

    /**
     * Reads the table from YAML with {@code slack} and {@code telegram} maps (either may be absent).
     *
     * @param file the YAML file, at most 1 MiB
     * @return the table
     * @throws InvalidInputException when the file is not such a table, naming the file and entry
     * @throws ReleaseException when the file cannot be read
     */
    public static ChatUsers read(Path file) {
        Checks.notNull(file, "chat users file");
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidInputException("chat users file", file.toString(), "at most 1 MiB");
            }
            JsonNode root = new YAMLMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || root.isMissingNode() || root.isNull()) {
                return of(Map.of(), Map.of());
            }
            if (!root.isObject()) {
                throw new InvalidInputException("chat users file", file.toString(),
                        "a mapping with slack and telegram tables");
            }
            Iterator<String> keys = root.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.equals("slack") && !key.equals("telegram")) {
                    throw new InvalidInputException("key in " + file, key, "slack or telegram");
                }
            }
            return of(table(root.path("slack"), file, "slack"), table(root.path("telegram"), file, "telegram"));
        } catch (IOException e) {
            throw new ReleaseException("Cannot read chat users file " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> table(JsonNode node, Path file, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new InvalidInputException(name + " in " + file, node.toString(), "a mapping of user id to @handle");
        }
        node.properties().forEach(e -> {
            if (!e.getValue().isTextual()) {
                throw new InvalidInputException(name + " user " + e.getKey() + " in " + file, e.getValue().toString(),
                        "a quoted @handle");
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    private static Map<String, String> checked(Map<String, String> users, Pattern id, String subject,
            String expected) {
        users.forEach((k, v) -> {
            if (!id.matcher(k).matches()) {
                throw new InvalidInputException(subject, k, expected);
            }
            if (!HANDLE.matcher(v).matches()) {
                throw new InvalidInputException("handle of " + subject + " " + k, v,
                        "@ followed by letters, digits, '.', '_' or '-'");
            }
        });
        return Map.copyOf(users);
    }

    /**
     * The handle of a Slack user.
     *
     * @param userId the Slack user id
     * @return the handle, or empty when the user is not in the table
     */
    public Optional<String> findSlackHandle(String userId) {
        return Optional.ofNullable(slack.get(Checks.notNull(userId, "Slack user id")));
    }

    /**
     * The handle of a Telegram user.
     *
     * @param userId the Telegram user id
     * @return the handle, or empty when the user is not in the table
     */
    public Optional<String> findTelegramHandle(long userId) {
        return Optional.ofNullable(telegram.get(Long.toString(userId)));
    }

    @Override
    public String toString() {
        return "ChatUsers[slack=" + slack.size() + ", telegram=" + telegram.size() + "]";
    }
}
