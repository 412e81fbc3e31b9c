package dev.releaserules.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.releaserules.chat.internal.Answer;
import dev.releaserules.chat.internal.Bodies;
import dev.releaserules.chat.internal.Exchanges;
import dev.releaserules.chat.internal.FormBody;
import dev.releaserules.chat.internal.Guard;
import dev.releaserules.chat.internal.Json;
import dev.releaserules.chat.internal.Messages;
import dev.releaserules.chat.internal.Outgoing;
import dev.releaserules.chat.internal.ReplayGuard;
import dev.releaserules.chat.internal.RequestRefused;
import dev.releaserules.chat.internal.ResponseUrls;
import dev.releaserules.chat.internal.SlackSignature;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.notify.Secret;
import dev.releaserules.notify.internal.Escaping;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's side of the {@code /release} bot: an {@link HttpHandler} for the slash command's request
 * URL and the app's interactivity request URL (one URL may serve both).
 *
 * <p>Every request is verified as Slack specifies before its body is parsed: the
 * {@code X-Slack-Signature} header must be {@code v0=} and the HMAC-SHA256, keyed with the app's
 * signing secret, of {@code v0:<X-Slack-Request-Timestamp>:<raw body>}, compared in constant time,
 * and the timestamp must be within five minutes of the clock. A signed request received a second
 * time is refused (409). The {@code response_url} must lie under an allowed prefix — Slack's
 * {@code https://hooks.slack.com/} unless configured otherwise — or the request is refused before the
 * command runs, so the bot never posts to an address a request body chose.
 *
 * <p>A slash command's {@code user_id} is mapped to a handle through {@link ChatUsers}; an unknown
 * user gets an ephemeral answer and nothing runs. The command runs on the {@link ManifestDirectory};
 * when it finishes within {@link Builder#acknowledgeWithin(Duration)} (2.5 s by default, inside
 * Slack's three seconds) the answer is the HTTP response, otherwise the response is an ephemeral
 * "working on it" and the result goes to the {@code response_url}. Answers are Slack messages
 * ({@code {"response_type": ..., "text": ...}}): {@code in_channel} for carried-out commands,
 * {@code ephemeral} for usage, refusals and errors.
 *
 * <p>A carried-out command on a release waiting for approval is answered with buttons for what
 * comes next (one per outstanding sign-off, and approve) in Block Kit {@code blocks}, besides the
 * {@code text}. Interactivity: a {@code block_actions} payload whose first action's {@code value} is a command
 * (such as {@code approve} or {@code /release signoff api}) runs as if typed by the user who clicked;
 * it is acknowledged at once with an empty 200 and answered on the {@code response_url}.
 *
 * <p>Thread-safe. {@link #close()} stops the worker threads.
 */
public final class SlackCommands implements HttpHandler, AutoCloseable {
    /** Slack's host for response URLs. */
    public static final URI SLACK_RESPONSE_URLS = URI.create("https://hooks.slack.com/");
    /** The default largest request body, in bytes. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SlackCommands.class);
    private static final String PLATFORM = "slack";
    private static final int MAX_TEXT = 3_900;
    private static final int MAX_SECTION = 3_000;
    private static final int MAX_COMMAND = 2_000;

    private final Secret signingSecret;
    private final ChatUsers users;
    private final ManifestDirectory directory;
    private final ReleaseBot bot;
    private final String command;
    private final Clock clock;
    private final List<URI> responseUrls;
    private final Duration acknowledgeWithin;
    private final int maxBodyBytes;
    private final HttpClient client;
    private final ExecutorService workers;
    private final ExecutorService replies;
    private final ReplayGuard replays;

    private SlackCommands(Builder b) {
        this.signingSecret = Checks.notNull(b.signingSecret, "signing secret");
        this.users = Checks.notNull(b.users, "users");
        this.directory = Checks.notNull(b.directory, "manifest directory");
        this.bot = Checks.notNull(b.bot, "bot");
        this.command = b.command;
        this.clock = b.clock;
        this.responseUrls = b.responseUrls.isEmpty() ? List.of(SLACK_RESPONSE_URLS) : List.copyOf(b.responseUrls);
        this.acknowledgeWithin = b.acknowledgeWithin;
        this.maxBodyBytes = b.maxBodyBytes;
        this.client = b.client != null ? b.client
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.workers = Workers.pool("release-chat-slack", b.workers);
        // Posting to a response_url waits on Slack; it must not hold a worker that could run a command.
        this.replies = Workers.pool("release-chat-slack-reply", 2);
        // Twice the signature window: a replay older than that fails the timestamp check anyway.
        this.replays = new ReplayGuard(clock, SlackSignature.WINDOW.multipliedBy(2), 100_000);
    }

    /**
     * A builder; signing secret, users, directory and bot are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void handle(HttpExchange exchange) {
        Guard.run(exchange, LOG, PLATFORM, text -> message(text, true, false), this::serve);
    }

    private void serve(HttpExchange exchange) {
        Bodies.requirePost(exchange);
        Bodies.requireContentType(exchange, "application/x-www-form-urlencoded");
        byte[] body = Bodies.read(exchange, maxBodyBytes);
        String signature = exchange.getRequestHeaders().getFirst("X-Slack-Signature");
        SlackSignature.verify(signingSecret, exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"),
                signature, body, clock);
        if (!replays.firstTime(signature.strip())) {
            throw new RequestRefused(409, Messages.replayed());
        }
        FormBody form = FormBody.parse(body);
        if (form.find("ssl_check").isPresent() && form.find("command").isEmpty()) {
            // Slack's periodic certificate check of a slash command's URL: it wants a 200, nothing runs.
            Exchanges.sendJson(exchange, 200, "");
            return;
        }
        if (form.find("payload").isPresent()) {
            interaction(exchange, Json.parseObject(form.require("payload")));
        } else {
            slashCommand(exchange, form);
        }
    }

    private void slashCommand(HttpExchange exchange, FormBody form) {
        String named = form.require("command");
        String userId = form.require("user_id");
        URI responseUrl = ResponseUrls.check(form.require("response_url"), responseUrls);
        String text = form.find("text").orElse("").strip();
        if (text.length() > MAX_COMMAND) {
            throw new RequestRefused(400, Messages.malformed("the command text is too long"));
        }
        if (!named.equals(command)) {
            Exchanges.sendJson(exchange, 200, message(Messages.wrongCommand(named, command), true, false));
            return;
        }
        Optional<String> handle = users.findSlackHandle(userId);
        if (handle.isEmpty()) {
            LOG.info("{}: unknown user {}", PLATFORM, userId);
            Exchanges.sendJson(exchange, 200, message(Messages.unknownUser("Slack", userId), true, false));
            return;
        }
        String typed = text.isEmpty() ? command : command + " " + text;
        CompletableFuture<Answer> running = submit(typed, handle.get());
        try {
            Answer answer = running.get(acknowledgeWithin.toMillis(), TimeUnit.MILLISECONDS);
            Exchanges.sendJson(exchange, 200, message(answer, false));
        } catch (TimeoutException e) {
            Exchanges.sendJson(exchange, 200, message(Messages.working(typed), true, false));
            running.thenAcceptAsync(answer -> post(responseUrl, answer), replies);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.thenAcceptAsync(answer -> post(responseUrl, answer), replies);
            Exchanges.sendJson(exchange, 200, message(Messages.working(typed), true, false));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Answer.run does not throw", e);
        }
    }

    private void interaction(HttpExchange exchange, JsonNode payload) {
        String type = payload.path("type").asText("");
        if (!type.equals("block_actions")) {
            throw new RequestRefused(400, Messages.unsupportedInteraction(type));
        }
        String userId = payload.path("user").path("id").asText("");
        JsonNode action = payload.path("actions").path(0);
        String value = action.path("value").asText("").strip();
        if (userId.isEmpty() || value.isEmpty() || value.length() > MAX_COMMAND) {
            throw new RequestRefused(400, Messages.malformed("block_actions needs user.id and an action value"));
        }
        URI responseUrl = ResponseUrls.check(payload.path("response_url").asText(""), responseUrls);
        String typed = value.startsWith(command) ? value : command + " " + value;
        Optional<String> handle = users.findSlackHandle(userId);
        CompletableFuture<Answer> running;
        if (handle.isPresent()) {
            running = submit(typed, handle.get());
        } else {
            LOG.info("{}: unknown user {}", PLATFORM, userId);
            running = CompletableFuture.completedFuture(new Answer(Messages.unknownUser("Slack", userId), true));
        }
        // Slack wants an empty 200 for block_actions at once; the answer always goes to the response_url.
        Exchanges.sendJson(exchange, 200, "");
        running.thenAcceptAsync(answer -> post(responseUrl, answer), replies);
    }

    private CompletableFuture<Answer> submit(String typed, String handle) {
        try {
            return CompletableFuture.supplyAsync(() -> Answer.run(directory, bot, typed, handle, LOG, PLATFORM),
                    workers);
        } catch (RejectedExecutionException e) {
            throw new RequestRefused(503, Messages.busy());
        }
    }

    private void post(URI responseUrl, Answer answer) {
        Outgoing.postJson(client, responseUrl, message(answer, true),
                "slack response_url", List.of(signingSecret));
    }

    private static String message(String text, boolean ephemeral, boolean viaResponseUrl) {
        return message(new Answer(text, ephemeral), viaResponseUrl);
    }

    /**
     * A Slack message: {@code text}, and when the answer names next commands and the text fits a
     * section block, blocks with the text and one button per command, whose {@code value} is the
     * command (clicking it comes back as a {@code block_actions} interaction).
     */
    private static String message(Answer answer, boolean viaResponseUrl) {
        // Slack asks for &, < and > escaped in mrkdwn: the usage's "<component>" would be read as a link.
        String text = Escaping.slack(answer.text(), MAX_TEXT);
        ObjectNode node = Json.object();
        node.put("response_type", answer.privately() ? "ephemeral" : "in_channel");
        node.put("text", text);
        if (viaResponseUrl) {
            node.put("replace_original", false);
        }
        if (!answer.next().isEmpty() && text.length() <= MAX_SECTION) {
            ArrayNode blocks = node.putArray("blocks");
            ObjectNode section = blocks.addObject().put("type", "section");
            section.putObject("text").put("type", "mrkdwn").put("text", text);
            ArrayNode buttons = blocks.addObject().put("type", "actions").putArray("elements");
            for (int i = 0; i < answer.next().size(); i++) {
                String command = answer.next().get(i);
                ObjectNode button = buttons.addObject().put("type", "button").put("action_id", "release-" + i)
                        .put("value", command);
                button.putObject("text").put("type", "plain_text").put("text", Messages.button(command));
            }
        }
        return Json.write(node);
    }

    /** Stops the worker threads; commands already running finish. */
    @Override
    public void close() {
        workers.shutdown();
        replies.shutdown();
    }

    @Override
    public String toString() {
        return "SlackCommands[" + command + " on " + directory + "]";
    }

    /** Builds {@link SlackCommands}; each setter checks its argument at once. */
    public static final class Builder {
        private Secret signingSecret;
        private ChatUsers users;
        private ManifestDirectory directory;
        private ReleaseBot bot;
        private String command = "/release";
        private Clock clock = Clock.systemUTC();
        private final List<URI> responseUrls = new ArrayList<>();
        private Duration acknowledgeWithin = Duration.ofMillis(2_500);
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private HttpClient client;
        private int workers = 4;

        private Builder() {
        }

        /**
         * Sets the app's signing secret (required), from the app's Basic Information page.
         *
         * @param value the secret
         * @return this builder
         */
        public Builder signingSecret(Secret value) {
            this.signingSecret = Checks.notNull(value, "signing secret");
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
         * Sets the slash command this handler serves; {@code /release} by default.
         *
         * @param value such as {@code /release}
         * @return this builder
         */
        public Builder command(String value) {
            Checks.notBlank(value, "slash command");
            if (!value.matches("/[a-z0-9_-]{1,31}")) {
                throw new InvalidInputException("slash command", value, "/ followed by lower-case letters, digits,"
                        + " '_' or '-'");
            }
            this.command = value;
            return this;
        }

        /**
         * Sets the clock request timestamps are checked against; the system clock by default.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Checks.notNull(value, "clock");
            return this;
        }

        /**
         * Allows {@code response_url}s under this prefix, in place of Slack's
         * {@code https://hooks.slack.com/} (call again to allow several; include Slack's own when
         * it should stay allowed).
         *
         * @param prefix an absolute http(s) URI with a host, such as {@code https://hooks.slack.com/}
         * @return this builder
         */
        public Builder allowResponseUrls(URI prefix) {
            Checks.notNull(prefix, "response URL prefix");
            if (!prefix.isAbsolute() || prefix.getHost() == null || prefix.getRawUserInfo() != null
                    || !(prefix.getScheme().equals("https") || prefix.getScheme().equals("http"))) {
                throw new InvalidInputException("response URL prefix", prefix.toString(),
                        "an absolute http or https URI with a host and no user info");
            }
            responseUrls.add(prefix);
            return this;
        }

        /**
         * Sets how long a command may run before the request is acknowledged and the result sent to
         * the {@code response_url} instead; 2.5 s by default (Slack waits three).
         *
         * @param value between 0 and 2.9 s
         * @return this builder
         */
        public Builder acknowledgeWithin(Duration value) {
            Checks.notNull(value, "acknowledge time");
            if (value.isNegative() || value.compareTo(Duration.ofMillis(2_900)) > 0) {
                throw new InvalidInputException("acknowledge time", value.toString(), "between 0 and 2.9 seconds");
            }
            this.acknowledgeWithin = value;
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
         * Sets the HTTP client results are posted with.
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
         * @throws InvalidInputException when a required part is missing
         */
        public SlackCommands build() {
            return new SlackCommands(this);
        }
    }
}
