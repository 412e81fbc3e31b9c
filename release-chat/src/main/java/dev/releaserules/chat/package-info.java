/**
 * The {@code /release} chat commands (R-CO) over Slack and Telegram.
 *
 * <p>{@link dev.releaserules.chat.SlackCommands} answers Slack slash commands and interactivity
 * requests, {@link dev.releaserules.chat.TelegramWebhook} answers Telegram bot webhook updates;
 * both are JDK {@link com.sun.net.httpserver.HttpHandler}s that verify each request as the platform
 * specifies, map the platform's user id to a manifest {@code @handle} through
 * {@link dev.releaserules.chat.ChatUsers}, and run the command with
 * {@link dev.releaserules.core.chatops.ReleaseBot} on a {@link dev.releaserules.chat.ManifestDirectory},
 * which serialises changes across threads and processes. {@link dev.releaserules.chat.ChatServer}
 * serves them, with a health endpoint, on one port:
 *
 * <pre>{@code
 * ManifestDirectory releases = ManifestDirectory.open(Path.of("releases"));
 * ChatUsers users = ChatUsers.read(Path.of("chat-users.yaml"));
 * try (ChatServer server = ChatServer.builder()
 *         .address(new InetSocketAddress("0.0.0.0", 8080))
 *         .slack(SlackCommands.builder().signingSecret(Secret.of(System.getenv("SLACK_SIGNING_SECRET")))
 *                 .users(users).directory(releases).bot(bot).build())
 *         .telegram(TelegramWebhook.builder().secretToken(Secret.of(System.getenv("TELEGRAM_SECRET_TOKEN")))
 *                 .botToken(Secret.of(System.getenv("TELEGRAM_BOT_TOKEN"))).allowChat(-1001234567890L)
 *                 .users(users).directory(releases).bot(bot).build())
 *         .start()) {
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>HTTP answers to requests that are refused before any command runs:
 *
 * <table>
 *   <caption>Statuses</caption>
 *   <tr><th>status</th><th>when</th></tr>
 *   <tr><td>200</td><td>the command ran, or was answered with its usage or a refusal (unknown command,
 *       unknown user, not allowed, busy); Telegram updates that are ignored (other chats, other
 *       texts, a repeated update id)</td></tr>
 *   <tr><td>400</td><td>malformed body: not form-encoded or JSON as expected, a required field missing,
 *       a {@code response_url} outside the allowed prefixes</td></tr>
 *   <tr><td>401</td><td>Slack: unsigned, wrongly signed, or a timestamp more than five minutes from now;
 *       Telegram: a missing or wrong secret token</td></tr>
 *   <tr><td>405</td><td>any method but POST (GET only on the health endpoint)</td></tr>
 *   <tr><td>409</td><td>Slack: the same signed request received again</td></tr>
 *   <tr><td>413</td><td>a body over the size limit (64 KiB by default)</td></tr>
 *   <tr><td>415</td><td>the wrong content type</td></tr>
 *   <tr><td>503</td><td>more commands waiting than the workers' queue holds (256); nothing runs</td></tr>
 *   <tr><td>500</td><td>an unexpected failure; the reply says nothing changed, the stack trace goes to the
 *       log only</td></tr>
 * </table>
 *
 * <p>Secrets ({@link dev.releaserules.notify.Secret}: the signing secret, the secret token, the bot
 * token) never appear in logs or replies.
 */
@NullMarked
package dev.releaserules.chat;

import org.jspecify.annotations.NullMarked;
