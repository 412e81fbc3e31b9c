package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.notify.Secret;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportsConcurrencyTest {
    static final int LEADS = 30;

    @TempDir
    Path dir;

    @Test
    @DisplayName("No lost update: 30 sign-offs sent at once, half over Slack and half over Telegram, all land")
    void concurrent_sign_offs_over_both_transports() throws Exception {
        ManifestDirectory releases = Fixtures.components(dir, LEADS);
        Map<String, String> slackUsers = new HashMap<>();
        Map<String, String> telegramUsers = new HashMap<>();
        for (int i = 1; i <= LEADS; i++) {
            slackUsers.put(String.format("U0LEAD%02d", i), Fixtures.lead(i));
            telegramUsers.put(Long.toString(5000 + i), Fixtures.lead(i));
        }
        ChatUsers users = ChatUsers.of(slackUsers, telegramUsers);
        try (RecordingServer remote = RecordingServer.start().respondByDefault(ScriptedResponse.json("{\"ok\":true}"));
             ChatServer server = ChatServer.builder().address(new InetSocketAddress("127.0.0.1", 0)).threads(16)
                     .slack(SlackCommands.builder().signingSecret(Secret.of(SlackCommandsTest.SECRET)).users(users)
                             .directory(releases).bot(Fixtures.bot()).clock(Fixtures.CLOCK)
                             .allowResponseUrls(remote.uri("/commands/")).workers(8).build())
                     .telegram(TelegramWebhook.builder().secretToken(Secret.of(TelegramWebhookTest.SECRET_TOKEN))
                             .botToken(Secret.of(TelegramWebhookTest.BOT_TOKEN)).allowChat(TelegramWebhookTest.CHAT)
                             .users(users).directory(releases).bot(Fixtures.bot()).api(remote.uri("/")).workers(8)
                             .build())
                     .start()) {
            ExecutorService senders = Executors.newFixedThreadPool(LEADS);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            URI responseUrl = remote.uri("/commands/T0001/1/x");
            for (int i = 1; i <= LEADS; i++) {
                int lead = i;
                sent.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    String text = "signoff " + Fixtures.name(lead);
                    return lead % 2 == 0
                            ? SlackRequests.signed(server.uri("/slack"), SlackCommandsTest.SECRET,
                                    SlackCommandsTest.NOW, SlackRequests.command(String.format("U0LEAD%02d", lead), text,
                                            responseUrl))
                            : SlackRequests.post(server.uri("/telegram"), "application/json",
                                    TelegramWebhookTest.update(90_000 + lead, TelegramWebhookTest.CHAT, 5000 + lead,
                                            "/release " + text),
                                    "X-Telegram-Bot-Api-Secret-Token", TelegramWebhookTest.SECRET_TOKEN);
                }, senders));
            }
            go.countDown();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                assertThat(f.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            senders.shutdown();
            // Telegram commands run after the webhook is acknowledged: their sendMessage says they are done.
            int slackAnsweredLater = (int) sent.stream().map(CompletableFuture::join)
                    .filter(r -> r.body().contains("Working on")).count();
            remote.awaitRequests(LEADS / 2 + slackAnsweredLater, Duration.ofSeconds(60));

            ReleaseManifest last = releases.current().orElseThrow();
            for (int i = 1; i <= LEADS; i++) {
                assertThat(last.findComponent(Fixtures.name(i)).orElseThrow().signOff().status())
                        .as(Fixtures.name(i)).isEqualTo(SignOffStatus.APPROVED);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
