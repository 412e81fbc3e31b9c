package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * R-B1 RefNames agrees with {@code git check-ref-format --branch}, run in a real repository as the
 * oracle, on generated names built from the characters and pieces git's rules are about.
 */
class RefNamesGitOracleProperties {
    private static final List<String> PIECES = List.of("a", "b", "release", "v2", "x", "-", ".", "/", "@", "{", "}",
            "~", "^", ":", "?", "*", "[", "]", "\\", " ", "\t", "\n", "\u007f", "\u0001", "\u001f", "é", "€", "😀",
            "\u202e", "\u0085", "HEAD", "head", ".lock", "lock", "..", "//", "@{", "-x", "0");

    private static Path repository;

    @BeforeContainer
    static void createRepository() throws Exception {
        repository = Files.createTempDirectory("refnames-oracle");
        run(List.of("git", "init", "-q", repository.toString()), new byte[0]);
    }

    @AfterContainer
    static void deleteRepository() throws IOException {
        try (var files = Files.walk(repository)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Property(tries = 20)
    @Label("R-B1 RefNames accepts exactly the names git check-ref-format --branch accepts")
    void agrees_with_git(@ForAll("batches") List<String> names) throws Exception {
        List<Boolean> git = gitAccepts(names);
        for (int i = 0; i < names.size(); i++) {
            assertThat(RefNames.isValid(names.get(i))).as("RefNames on %s (git: %s)", escape(names.get(i)), git.get(i))
                    .isEqualTo(git.get(i));
        }
    }

    @Example
    @Label("R-B1 names git refuses as branches: -x, HEAD; names with no UTF-8 form or beyond the bounds")
    void refuses_the_reported_names() throws Exception {
        assertThat(gitAccepts(List.of("-x", "HEAD", "release/v2.3.0"))).containsExactly(false, false, true);
        assertThat(RefNames.isValid("-x")).isFalse();
        assertThat(RefNames.isValid("HEAD")).isFalse();
        assertThat(RefNames.isValid("release/\ud800x")).isFalse();
        assertThat(RefNames.isValid("release/\udc00")).isFalse();
        assertThat(RefNames.isValid("release/😀")).isTrue();
        assertThat(RefNames.isValid("a".repeat(1_000_000))).isFalse();
        assertThat(RefNames.isValid("a".repeat(256))).isFalse();
        assertThat(RefNames.isValid("a".repeat(255))).isTrue();
    }

    @Provide
    Arbitrary<List<String>> batches() {
        Arbitrary<String> name = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
        return name.list().ofSize(50);
    }

    private static List<Boolean> gitAccepts(List<String> names) throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (String name : names) {
            input.write(name.getBytes(StandardCharsets.UTF_8));
            input.write(0);
        }
        String script = "while IFS= read -r -d '' n; do if git check-ref-format --branch \"$n\" >/dev/null 2>&1;"
                + " then echo 1; else echo 0; fi; done";
        String out = run(List.of("bash", "-c", script), input.toByteArray());
        List<Boolean> accepted = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                accepted.add(line.equals("1"));
            }
        }
        assertThat(accepted).hasSameSizeAs(names);
        return accepted;
    }

    private static String run(List<String> command, byte[] stdin) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (repository != null) {
            builder.directory(repository.toFile());
        }
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        }
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String escape(String name) {
        StringBuilder out = new StringBuilder("\"");
        name.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || c > 0x7e ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
