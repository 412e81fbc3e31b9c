package dev.releaserules.chat;

import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.ReleaseBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The other process of {@link ManifestDirectoryProperties}: runs its share of the commands on the
 * same manifest directory from several threads, once the go file appears, and prints each reply as
 * {@code RESULT <index> <outcome> <text on one line>}.
 *
 * <p>Arguments: directory, go file, thread count, then {@code index|handle|command} per command.
 */
final class SecondProcess {
    private SecondProcess() {
    }

    public static void main(String[] args) throws Exception {
        ManifestDirectory directory = ManifestDirectory.open(Path.of(args[0]));
        Path go = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        ReleaseBot bot = Fixtures.bot();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String[]> commands = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            commands.add(args[i].split("\\|", 3));
        }
        System.out.println("READY");
        System.out.flush();
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        List<Future<String>> results = new ArrayList<>();
        for (String[] c : commands) {
            results.add(pool.submit(() -> {
                BotReply reply = directory.run(bot, c[2], c[1]);
                return "RESULT\t" + c[0] + "\t" + reply.outcome() + "\t" + reply.text().replace('\n', ' ');
            }));
        }
        for (Future<String> f : results) {
            System.out.println(f.get());
        }
        pool.shutdown();
        System.out.flush();
    }
}
