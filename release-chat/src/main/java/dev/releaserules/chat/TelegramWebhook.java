package dev.releaserules.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.releaserules.chat.internal.Answer;
import dev.releaserules.chat.internal.Bodies;
import dev.releaserules.chat.internal.Exchanges;
import dev.releaserules.chat.internal.Guard;
import dev.releaserules.chat.internal.Json;
import dev.releaserules.chat.internal.Messages;
import dev.releaserules.chat.internal.Outgoing;
import dev.releaserules.chat.internal.ReplayGuard;
import dev.releaserules.chat.internal.RequestRefused;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.notify.Secret;
import dev.releaserules.notify.internal.Escaping;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram's side of the {@code /release} bot: an {@link HttpHandler} for the bot's webhook (set with
 * the Bot API's {@code setWebhook} and its {@code secret_token}).
 *
 * <p>A request must carry the {@code X-Telegram-Bot-Api-Secret-Token} header with the configured
 * secret token (compared in constant time), or it is refused with 401. The body is a Telegram
 * {@code Update}; a {@code message} whose text starts with {@code /release} (or
 * {@code /release@<bot username>}) runs as a command when its chat is one of the allowed chats and
 * its sender's user id maps to a handle through {@link ChatUsers}. Updates from other chats, other
 * messages and an update id already handled (Telegram delivers again when it missed an answer) are
 * acknowledged with 200 and ignored, so Telegram does not deliver them again; nothing runs and
 * nobody is answered in a chat that is not allowed. The answer to a command — its result, the usage,
 * a refusal, or "unknown user" — is sent with the Bot API's {@code sendMessage} as a reply to the
 * command's message, after the webhook request has been acknowledged.
 *
 * <p>Thread-safe. {@link #close()} stops the worker threads.
 */
public final class TelegramWebhook implements HttpHandler, AutoCloseable {
    /** The Bot API's address. */
    public static final URI TELEGRAM_API = URI.create("https://api.telegram.org/");
    /** The header Telegram sends the secret token in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);
    private static final String PLATFORM = "telegram";
    private static final String COMMAND = "/release";
    private static final int MAX_TEXT = 4_096;

    private final Secret secretToken;
    private final Secret botToken;
    private final Set<Long> chats;
    private final ChatUsers users;
    private final ManifestDirectory directory;
    private final ReleaseBot bot;
    private final String username;
    private final URI api;
    private final int maxBodyBytes;
    private final HttpClient client;
    private final ExecutorService workers;
    private final ReplayGuard updates;

    private TelegramWebhook(Builder b) {
        this.secretToken = Checks.notNull(b.secretToken, "secret token");
        this.botToken = Checks.notNull(b.botToken, "bot token");
        this.users = Checks.notNull(b.users, "users");
        this.directory = Checks.notNull(b.directory, "manifest directory");
        this.bot = Checks.notNull(b.bot, "bot");
        this.chats = Set.copyOf(b.chats);
        this.username = b.username;
        this.api = b.api;
        this.maxBodyBytes = b.maxBodyBytes;
        this.client = b.client != null ? b.client
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.workers = Workers.pool("release-chat-telegram", b.workers);
        this.updates = new ReplayGuard(Clock.systemUTC(), Duration.ofDays(1), 100_000);
    }

    /**
     * A builder; secret token, bot token, users, directory and bot are required, and at least one
     * allowed chat.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void handle(HttpExchange exchange) {
        Guard.run(exchange, LOG, PLATFORM, TelegramWebhook::error, this::serve);
    }

    private void serve(HttpExchange exchange) {
        Bodies.requirePost(exchange);
        String token = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                secretToken.reveal().getBytes(StandardCharsets.UTF_8))) {
            throw new RequestRefused(401, Messages.badSecretToken());
        }
        Bodies.requireContentType(exchange, "application/json");
        JsonNode update = Json.parseObject(Bodies.read(exchange, maxBodyBytes));
        JsonNode updateId = update.path("update_id");
        if (!updateId.isIntegralNumber()) {
            throw new RequestRefused(400, Messages.malformed("update_id is missing"));
        }
        JsonNode message = update.path("message");
        String text = message.path("text").asText("");
        Optional<String> typed = command(text);
        if (typed.isEmpty()) {
            ignore(exchange, "not a " + COMMAND + " message");
            return;
        }
        JsonNode chat = message.path("chat").path("id");
        JsonNode from = message.path("from").path("id");
        if (!chat.isIntegralNumber() || !from.isIntegralNumber() || !message.path("message_id").isIntegralNumber()) {
            throw new RequestRefused(400, Messages.malformed("message needs message_id, chat.id and from.id"));
        }
        if (!chats.contains(chat.asLong())) {
            ignore(exchange, "chat " + chat.asLong() + " is not allowed");
            return;
        }
        if (!updates.firstTime(updateId.asText())) {
            ignore(exchange, "update " + updateId.asText() + " was already handled");
            return;
        }
        long chatId = chat.asLong();
        long messageId = message.path("message_id").asLong();
        Optional<String> handle = users.findTelegramHandle(from.asLong());
        try {
            if (handle.isEmpty()) {
                LOG.info("{}: unknown user {}", PLATFORM, from.asLong());
                String unknown = Messages.unknownUser("Telegram", Long.toString(from.asLong()));
                workers.execute(() -> send(chatId, messageId, unknown));
            } else {
                workers.execute(() -> send(chatId, messageId,
                        Answer.run(directory, bot, typed.get(), handle.get(), LOG, PLATFORM).text()));
            }
        } catch (RejectedExecutionException e) {
            throw new RequestRefused(503, Messages.busy());
        }
        Exchanges.sendJson(exchange, 200, "{\"ok\":true}");
    }

    /** The command text, with a {@code @botname} suffix on the command removed; empty when not ours. */
    private Optional<String> command(String text) {
        String stripped = text.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        String first = stripped.substring(0, end).toLowerCase(Locale.ROOT);
        boolean ours = first.equals(COMMAND)
                || (!username.isEmpty() && first.equals(COMMAND + "@" + username.toLowerCase(Locale.ROOT)));
        return ours ? Optional.of(COMMAND + stripped.substring(end)) : Optional.empty();
    }

    private void ignore(HttpExchange exchange, String why) {
        LOG.info("{}: ignored: {}", PLATFORM, why);
        ObjectNode node = Json.object();
        node.put("ok", true);
        node.put("description", Messages.ignored(why));
        Exchanges.sendJson(exchange, 200, Json.write(node));
    }

    private void send(long chatId, long replyTo, String text) {
        ObjectNode node = Json.object();
        node.put("chat_id", chatId);
        node.put("text", Escaping.truncate(text, MAX_TEXT));
        node.put("reply_to_message_id", replyTo);
        node.put("allow_sending_without_reply", true);
        // Not URI.resolve: "bot<id>:<key>" would parse as a scheme.
        URI uri = URI.create(api + "bot" + botToken.reveal() + "/sendMessage");
        Outgoing.postJson(client, uri, Json.write(node), "telegram sendMessage", List.of(botToken, secretToken));
    }

    private static String error(String text) {
        ObjectNode node = Json.object();
        node.put("ok", false);
        node.put("description", text);
        return Json.write(node);
    }

    /** Stops the worker threads; commands already running finish. */
    @Override
    public void close() {
        workers.shutdown();
    }

    @Override
    public String toString() {
        return "TelegramWebhook[" + chats.size() + " chats on " + directory + "]";
    }

    /** Builds {@link TelegramWebhook}; each setter checks its argument at once. */
    public static final class Builder {
        private Secret secretToken;
        private Secret botToken;
        private final Set<Long> chats = new HashSet<>();
        private ChatUsers users;
        private ManifestDirectory directory;
        private ReleaseBot bot;
        private String username = "";
        private URI api = TELEGRAM_API;
        private int maxBodyBytes = SlackCommands.DEFAULT_MAX_BODY_BYTES;
        private HttpClient client;
        private int workers = 4;

        private Builder() {
        }

        /**
         * Sets the webhook's secret token (required): the {@code secret_token} given to
         * {@code setWebhook}, 1–256 characters {@code A-Z a-z 0-9 _ -}.
         *
         * @param value the token
         * @return this builder
         */
        public Builder secretToken(Secret value) {
            Checks.notNull(value, "secret token");
            if (!value.reveal().matches("[A-Za-z0-9_-]{1,256}")) {
                throw new InvalidInputException("secret token", "***", "1 to 256 characters A-Z, a-z, 0-9, _ or -");
            }
            this.secretToken = value;
            return this;
        }

        /**
         * Sets the bot's token from BotFather (required), for {@code sendMessage}.
         *
         * @param value the token
         * @return this builder
         */
        public Builder botToken(Secret value) {
            Checks.notNull(value, "bot token");
            if (!value.reveal().matches("[0-9]{1,20}:[A-Za-z0-9_-]{1,100}")) {
                throw new InvalidInputException("bot token", "***", "the form <bot id>:<key> BotFather gives");
            }
            this.botToken = value;
            return this;
        }

        /**
         * Allows commands from a chat (call once per chat; at least one is required).
         *
         * @param chatId the chat id, negative for groups
         * @return this builder
         */
        public Builder allowChat(long chatId) {
            chats.add(chatId);
            return this;
        }

        /**
         * Sets the user table (required).
         *
         * @param value the table
         * @return this builder
         */
        public Builder users(ChatUsers value) {
            this.users = Checks.notNull(value, "users");
            return this;
        }

        /**
         * Sets where the releases are kept (required).
         *
         * @param value the directory
         * @return this builder
         */
        public Builder directory(ManifestDirectory value) {
            this.directory = Checks.notNull(value, "manifest directory");
            return this;
        }

        /**
         * Sets the bot that runs the commands (required).
         *
         * @param value the bot
         * @return this builder
         */
        public Builder bot(ReleaseBot value) {
            this.bot = Checks.notNull(value, "bot");
            return this;
        }

        /**
         * Sets the bot's username, so {@code /release@username} is recognised in groups.
         *
         * @param value the username without {@code @}
         * @return this builder
         */
        public Builder username(String value) {
            Checks.notBlank(value, "bot username");
            if (!value.matches("[A-Za-z0-9_]{1,64}")) {
                throw new InvalidInputException("bot username", value, "letters, digits and _");
            }
            this.username = value;
            return this;
        }

        /**
         * Sets the Bot API's address; {@code https://api.telegram.org/} by default (a local Bot API
         * server, or a test server).
         *
         * @param value an absolute URI ending in {@code /}
         * @return this builder
         */
        public Builder api(URI value) {
            Checks.notNull(value, "Bot API address");
            if (!value.isAbsolute() || value.getHost() == null || !value.getRawPath().endsWith("/")) {
                throw new InvalidInputException("Bot API address", value.toString(),
                        "an absolute http(s) URI with a host, ending in /");
            }
            this.api = value;
            return this;
        }

        /**
         * Sets the largest request body accepted; 64 KiB by default.
         *
         * @param value bytes, 1 KiB to 1 MiB
         * @return this builder
         */
        public Builder maxBodyBytes(int value) {
            this.maxBodyBytes = Workers.checkBodyLimit(value);
            return this;
        }

        /**
         * Sets the HTTP client replies are sent with.
         *
         * @param value the client
         * @return this builder
         */
        public Builder client(HttpClient value) {
            this.client = Checks.notNull(value, "HTTP client");
            return this;
        }

        /**
         * Sets how many commands may run at once (they still change the manifest one at a time);
         * 4 by default.
         *
         * @param value 1 to 64
         * @return this builder
         */
        public Builder workers(int value) {
            this.workers = Workers.checkCount(value);
            return this;
        }

        /**
         * Builds the handler.
         *
         * @return the handler
         * @throws InvalidInputException when a required part is missing or no chat is allowed
         */
        public TelegramWebhook build() {
            if (chats.isEmpty()) {
                throw new InvalidInputException("allowed chats", "", "at least one chat id");
            }
            return new TelegramWebhook(this);
        }
    }
}
