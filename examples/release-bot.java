///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-chat
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import dev.releaserules.chat.ChatServer;
import dev.releaserules.chat.ChatUsers;
import dev.releaserules.chat.ManifestDirectory;
import dev.releaserules.chat.SlackCommands;
import dev.releaserules.chat.TelegramWebhook;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.manifest.SignOffPolicy;
import dev.releaserules.notify.Secret;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** The /release chat bot: Slack slash commands and Telegram webhooks on one port, for a manifest directory (R-CO). */
class release_bot {
    static final String HELP = """
            release-bot — serve the /release chat commands (rule R-CO) from Slack and Telegram for the
            release manifests in a directory: status, signoff <component>, approve, rollback <reason>

            Usage: ./jbang examples/release-bot.java --dir RELEASES --users USERS.yaml [options]

            Options:
              --dir DIR              the manifest directory: one <release id>.yaml per release; the greatest
                                     id is the current release (create it with manifest.java create)
              --users FILE           YAML mapping chat user ids to manifest handles:
                                       slack:    {U012ABCDEF: "@alice"}
                                       telegram: {"123456789": "@alice"}
              --listen HOST:PORT     where to listen (default 127.0.0.1:8080; put TLS in front of it)
              --telegram-chat IDS    comma-separated Telegram chat ids allowed to send commands
              --telegram-username N  the bot's username, so /release@N works in groups
              --response-url PREFIX  allow Slack response_urls under this prefix instead of
                                     https://hooks.slack.com/ (for a proxy)
              --on-call HANDLE       who holds the on-call role (may roll back)
              --max-body BYTES       largest request body accepted (default 65536)
              --notifications FILE   deliver the commands' events through this routing YAML
                                     (see notify.java --help)

            Endpoints: POST /slack (slash command and interactivity request URL), POST /telegram
            (webhook), GET /health.

            Secrets come only from the environment, never from arguments:
              SLACK_SIGNING_SECRET    enables /slack (the app's signing secret)
              TELEGRAM_BOT_TOKEN      with TELEGRAM_SECRET_TOKEN and --telegram-chat, enables /telegram
              TELEGRAM_SECRET_TOKEN   the secret_token given to setWebhook (A-Z a-z 0-9 _ -)

            /release create and deploy are refused by this bot (it has no drafts or deployer): create
            releases with manifest.java create, deploy with manifest.java deploy. Stop with Ctrl-C.""";

    public static void main(String[] argv) {
        Cli.run("release-bot", HELP, Set.of(),
                Set.of("--dir", "--users", "--listen", "--telegram-chat", "--telegram-username", "--response-url",
                        "--on-call", "--max-body", Cli.NOTIFICATIONS),
                argv, args -> {
                    ManifestDirectory releases = ManifestDirectory.open(Path.of(args.require("--dir")));
                    ChatUsers users = ChatUsers.read(Path.of(args.require("--users")));
                    Optional<Secret> signing = env("SLACK_SIGNING_SECRET");
                    Optional<Secret> botToken = env("TELEGRAM_BOT_TOKEN");
                    Optional<Secret> secretToken = env("TELEGRAM_SECRET_TOKEN");
                    Optional<String> chats = args.find("--telegram-chat");
                    if (botToken.isPresent() != secretToken.isPresent() || botToken.isPresent() != chats.isPresent()) {
                        throw new Cli.UsageException("Telegram needs TELEGRAM_BOT_TOKEN, TELEGRAM_SECRET_TOKEN and"
                                + " --telegram-chat together");
                    }
                    if (signing.isEmpty() && botToken.isEmpty()) {
                        throw new Cli.UsageException("set SLACK_SIGNING_SECRET, or the Telegram variables, or both");
                    }
                    int maxBody = args.find("--max-body").isPresent() ? args.requireNumber("--max-body") : 65536;
                    try (Cli.Events events = Cli.Events.from(args)) {
                        SignOffPolicy.Builder policy = SignOffPolicy.builder();
                        args.find("--on-call").ifPresent(h -> policy.roleDelegate(Roles.ON_CALL, h));
                        ReleaseBot bot = ReleaseBot.builder().desk(ReleaseDesk.builder().clock(Clock.systemUTC())
                                .policy(policy.build()).listener(events).build()).build();
                        ChatServer.Builder server = ChatServer.builder().address(address(args.get("--listen",
                                "127.0.0.1:8080")));
                        if (signing.isPresent()) {
                            SlackCommands.Builder slack = SlackCommands.builder().signingSecret(signing.get())
                                    .users(users).directory(releases).bot(bot).maxBodyBytes(maxBody);
                            args.find("--response-url").ifPresent(p -> slack.allowResponseUrls(URI.create(p)));
                            server.slack(slack.build());
                        }
                        if (botToken.isPresent()) {
                            TelegramWebhook.Builder telegram = TelegramWebhook.builder().botToken(botToken.get())
                                    .secretToken(secretToken.get()).users(users).directory(releases).bot(bot)
                                    .maxBodyBytes(maxBody);
                            for (String id : chats.get().split(",")) {
                                telegram.allowChat(chatId(id.strip()));
                            }
                            args.find("--telegram-username").ifPresent(telegram::username);
                            server.telegram(telegram.build());
                        }
                        try (ChatServer running = server.start()) {
                            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
                            System.out.println("release-bot: serving " + releases.path() + " on " + running.uri("")
                                    + (signing.isPresent() ? " /slack" : "") + (botToken.isPresent() ? " /telegram" : "")
                                    + " /health");
                            running.awaitStop();
                        }
                    }
                    return Cli.OK;
                });
    }

    private static Optional<Secret> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Secret.of(value));
    }

    private static InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        try {
            if (colon <= 0) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("option --listen: expected HOST:PORT, got \"" + text + "\"");
        }
    }

    private static long chatId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("option --telegram-chat: expected chat ids such as -1001234567890, got \""
                    + text + "\"");
        }
    }
}
