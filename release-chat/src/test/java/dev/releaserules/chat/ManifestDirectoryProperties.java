package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.manifest.ApprovalStatus;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.manifest.SignOffStatus;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ManifestDirectoryProperties {
    static final int COMMANDS = 50;

    /** One chat command: who types what, and which process runs it. */
    record Command(int index, String handle, String text, int process) {
        String arg() {
            return index + "|" + handle + "|" + text;
        }
    }

    /** The commands in the order they are submitted, and the thread count of each process. */
    record Plan(List<Command> commands, int threadsHere, int threadsThere) {
    }

    record Result(String outcome, String text) {
    }

    @Provide
    Arbitrary<Plan> plans() {
        return Arbitraries.integers().between(0, 4).flatMap(approvals -> Combinators.combine(
                Arbitraries.integers().between(1, COMMANDS).set().ofSize(COMMANDS - approvals),
                Arbitraries.integers().between(0, 1).list().ofSize(COMMANDS),
                Arbitraries.integers().between(2, 6),
                Arbitraries.integers().between(2, 6),
                Arbitraries.longs()).as((signed, processes, here, there, shuffle) -> {
                    List<String[]> typed = new ArrayList<>();
                    signed.stream().sorted().forEach(i -> typed.add(
                            new String[] {Fixtures.lead(i), "/release signoff " + Fixtures.name(i)}));
                    for (int a = 0; a < approvals; a++) {
                        typed.add(new String[] {Fixtures.MANAGER, "/release approve"});
                    }
                    Collections.shuffle(typed, new Random(shuffle));
                    List<Command> commands = new ArrayList<>();
                    for (int i = 0; i < typed.size(); i++) {
                        commands.add(new Command(i, typed.get(i)[0], typed.get(i)[1], processes.get(i)));
                    }
                    return new Plan(commands, here, there);
                }));
    }

    @Property(tries = 3)
    @Label("R-CO no lost update: 50 concurrent sign-offs and approvals from threads of two processes all land or are refused with a reason")
    void concurrent_commands_all_land_or_are_refused(@ForAll("plans") Plan plan) throws Exception {
        Path dir = Files.createTempDirectory("release-chat-concurrency");
        try {
            ManifestDirectory releases = Fixtures.components(dir, COMMANDS);
            Map<Integer, Result> results = run(plan, releases, dir);

            ReleaseManifest last = releases.current().orElseThrow();
            assertThat(results).hasSize(plan.commands().size());
            assertThat(results.values()).allSatisfy(r -> {
                assertThat(r.outcome()).isIn("DONE", "REFUSED");
                assertThat(r.text()).isNotBlank();
            });
            List<Command> signOffs = plan.commands().stream().filter(c -> c.text().contains("signoff")).toList();
            List<Command> approvals = plan.commands().stream().filter(c -> c.text().endsWith("approve")).toList();
            // Every sign-off landed (none refused here: each is its lead's, on a pending release) ...
            for (Command c : signOffs) {
                assertThat(results.get(c.index()).outcome()).as(c.toString()).isEqualTo("DONE");
                Component component = last.findComponent(c.text().substring(c.text().lastIndexOf(' ') + 1))
                        .orElseThrow();
                assertThat(component.signOff().status()).as(c + " lost").isEqualTo(SignOffStatus.APPROVED);
                assertThat(component.signOff().by()).isEqualTo(c.handle());
            }
            // ... and nothing else was signed.
            assertThat(last.components().stream().filter(x -> x.signOff().status() == SignOffStatus.APPROVED))
                    .hasSize(signOffs.size());
            // Approvals: the first one recorded the release manager's approval; the others saw it and were
            // refused with what is still missing. Two that both "recorded" it would mean one read a stale file.
            long recorded = approvals.stream().filter(c -> results.get(c.index()).outcome().equals("DONE")).count();
            assertThat(recorded).isEqualTo(approvals.isEmpty() ? 0 : 1);
            approvals.stream().map(c -> results.get(c.index())).filter(r -> r.outcome().equals("REFUSED"))
                    .forEach(r -> assertThat(r.text()).contains("cannot be approved yet"));
            assertThat(last.findApproval(Roles.RELEASE_MANAGER).orElseThrow().status())
                    .isEqualTo(approvals.isEmpty() ? ApprovalStatus.PENDING : ApprovalStatus.APPROVED);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Map<Integer, Result> run(Plan plan, ManifestDirectory releases, Path dir) throws Exception {
        Path go = dir.resolve("go");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", classPath(),
                SecondProcess.class.getName(), dir.toString(), go.toString(), Integer.toString(plan.threadsThere())));
        plan.commands().stream().filter(c -> c.process() == 1).forEach(c -> command.add(c.arg()));
        Process other = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<Integer, Result> results = new ConcurrentHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("READY");
            ReleaseBot bot = Fixtures.bot();
            ExecutorService pool = Executors.newFixedThreadPool(plan.threadsHere());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> here = new ArrayList<>();
            for (Command c : plan.commands()) {
                if (c.process() == 0) {
                    here.add(pool.submit(() -> {
                        start.await();
                        BotReply reply = releases.run(bot, c.text(), c.handle());
                        results.put(c.index(), new Result(reply.outcome().name(), reply.text()));
                        return null;
                    }));
                }
            }
            Files.createFile(go);
            start.countDown();
            for (Future<?> f : here) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT\t")) {
                    String[] parts = line.split("\t", 4);
                    results.put(Integer.parseInt(parts[1]), new Result(parts[2], parts[3]));
                }
            }
        }
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isZero();
        return results;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test's class path and module path together: the second process runs everything from the class path. */
    private static String classPath() {
        Set<String> entries = new java.util.LinkedHashSet<>();
        for (String key : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(key, "");
            for (String e : value.split(File.pathSeparator)) {
                if (!e.isBlank()) {
                    entries.add(e);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
