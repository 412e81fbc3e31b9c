///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-chat
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java
//SOURCES support/ScriptEvents.java

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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The /release chat bot: Slack slash commands and Telegram webhooks on one port, for a manifest directory (R-CO). */
@Command(name = "release-bot", sortOptions = false, usageHelpWidth = 100,
        header = "release-bot — serve the /release chat commands (rule R-CO) from Slack and Telegram",
        description = {
            "Serves status, signoff <component>, approve and rollback <reason> for the release manifests in a",
            "directory. Endpoints: POST /slack (slash command and interactivity request URL), POST /telegram",
            "(webhook), GET /health.",
            "Secrets come only from the environment, never from arguments:",
            "  SLACK_SIGNING_SECRET    enables /slack (the app's signing secret)",
            "  TELEGRAM_BOT_TOKEN      with TELEGRAM_SECRET_TOKEN and --telegram-chat, enables /telegram",
            "  TELEGRAM_SECRET_TOKEN   the secret_token given to setWebhook (A-Z a-z 0-9 _ -)",
            "/release create and deploy are refused by this bot (it has no drafts or deployer): create releases",
            "with manifest.java create, deploy with manifest.java deploy. Stop with Ctrl-C.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class release_bot implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", required = true, description = {
            "the manifest directory: one <release id>.yaml per release; the greatest id is the current",
            "release (create it with manifest.java create)"})
    Path dir;

    @Option(names = "--users", paramLabel = "FILE", required = true, description = {
            "YAML mapping chat user ids to manifest handles:",
            "  slack:    {U012ABCDEF: \"@alice\"}",
            "  telegram: {\"123456789\": \"@alice\"}"})
    Path usersFile;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8080",
            description = "where to listen (default 127.0.0.1:8080; put TLS in front of it)")
    String listen;

    @Option(names = "--telegram-chat", paramLabel = "IDS", split = ",",
            description = "comma-separated Telegram chat ids allowed to send commands")
    List<Long> telegramChats;

    @Option(names = "--telegram-username", paramLabel = "NAME", description = "the bot's username, so /release@NAME works in groups")
    String telegramUsername;

    @Option(names = "--response-url", paramLabel = "PREFIX",
            description = "allow Slack response_urls under this prefix instead of https://hooks.slack.com/ (for a proxy)")
    URI responseUrl;

    @Option(names = "--on-call", paramLabel = "HANDLE", description = "who holds the on-call role (may roll back)")
    String onCall;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "65536",
            description = "largest request body accepted (default 65536)")
    int maxBody;

    @Option(names = "--notifications", paramLabel = "FILE",
            description = {"deliver the step's events through this routing YAML (see notify.java --help; secrets as $${env:NAME});",
                           "without it they are printed as [event] lines"})
    Path notifications;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");   // the bot logs unknown users' ids
        ScriptCli.main(new release_bot(), args);
    }

    @Override
    public Integer call() throws Exception {
        Optional<Secret> signing = env("SLACK_SIGNING_SECRET");
        Optional<Secret> botToken = env("TELEGRAM_BOT_TOKEN");
        Optional<Secret> secretToken = env("TELEGRAM_SECRET_TOKEN");
        boolean chats = telegramChats != null && !telegramChats.isEmpty();
        if (botToken.isPresent() != secretToken.isPresent() || botToken.isPresent() != chats) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Telegram needs TELEGRAM_BOT_TOKEN, TELEGRAM_SECRET_TOKEN and --telegram-chat together");
        }
        if (signing.isEmpty() && botToken.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "set SLACK_SIGNING_SECRET, or the Telegram variables, or both");
        }
        if (maxBody <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--max-body': expected a positive number, got " + maxBody);
        }
        InetSocketAddress address = address(listen);
        ManifestDirectory releases = ManifestDirectory.open(dir);
        ChatUsers users = ChatUsers.read(usersFile);
        try (ScriptEvents events = new ScriptEvents(notifications)) {
            SignOffPolicy.Builder policy = SignOffPolicy.builder();
            if (onCall != null) {
                policy.roleDelegate(Roles.ON_CALL, onCall);
            }
            ReleaseBot bot = ReleaseBot.builder().desk(ReleaseDesk.builder().clock(Clock.systemUTC())
                    .policy(policy.build()).listener(events).build()).build();
            ChatServer.Builder server = ChatServer.builder().address(address);
            if (signing.isPresent()) {
                SlackCommands.Builder slack = SlackCommands.builder().signingSecret(signing.get())
                        .users(users).directory(releases).bot(bot).maxBodyBytes(maxBody);
                if (responseUrl != null) {
                    slack.allowResponseUrls(responseUrl);
                }
                server.slack(slack.build());
            }
            if (botToken.isPresent()) {
                TelegramWebhook.Builder telegram = TelegramWebhook.builder().botToken(botToken.get())
                        .secretToken(secretToken.get()).users(users).directory(releases).bot(bot)
                        .maxBodyBytes(maxBody);
                telegramChats.forEach(telegram::allowChat);
                if (telegramUsername != null) {
                    telegram.username(telegramUsername);
                }
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
        return 0;
    }

    private static Optional<Secret> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Secret.of(value));
    }

    private InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        try {
            if (colon <= 0) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--listen': expected HOST:PORT, got \"" + text + "\"");
        }
    }
}
