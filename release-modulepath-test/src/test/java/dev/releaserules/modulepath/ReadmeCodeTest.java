package dev.releaserules.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.event.EventType;
import dev.releaserules.testkit.fakes.RecordingListener;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Compiles every {@code ```java} block of the repository's README.md as written, against the published
 * modules, and runs the ones that can run here; so a snippet cannot drift from the API.
 *
 * <p>A block that declares a class is a compilation unit as it stands. Any other block is imports
 * followed by statements, which are put as they are into a method of a generated class. The sources
 * compiled are left in {@code target/readme-snippets} (the CI's consumer project builds them again
 * as a named module through Maven).
 */
class ReadmeCodeTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");
    private static final Pattern CLASS = Pattern.compile("(?m)^(?:public |final |abstract )*class (\\w+)");
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path OUT = BASEDIR.resolve("target/readme-snippets");

    private static List<String> classNames = List.of();
    private static URLClassLoader loader;

    @BeforeAll
    static void compile_the_readme() throws IOException {
        String readme = Files.readString(BASEDIR.resolve("../README.md"));
        Path sources = Files.createDirectories(OUT.resolve("src"));
        Path classes = Files.createDirectories(OUT.resolve("classes"));
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme);
        int statements = 0;
        while (block.find()) {
            String code = block.group(1);
            Matcher cls = CLASS.matcher(code);
            String name;
            String unit;
            if (cls.find()) {
                name = cls.group(1);
                unit = code;
            } else {
                name = "ReadmeStatements" + (++statements);
                unit = asMethod(name, code);
            }
            Path file = sources.resolve(name + ".java");
            Files.writeString(file, unit);
            files.add(file);
            names.add(name);
        }
        classNames = List.copyOf(names);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-classpath", System.getProperty("jdk.module.path"), "-d", classes.toString());
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            assertThat(diagnostics.getDiagnostics()).as("README.md's Java blocks compile without warnings")
                    .extracting(ReadmeCodeTest::describe).isEmpty();
            assertThat(ok).isTrue();
        }
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeCodeTest.class.getClassLoader());
    }

    /** Leading imports stay at the top; the rest is the body of {@code public static void run()}. */
    private static String asMethod(String name, String code) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        boolean inImports = true;
        for (String line : code.split("\n", -1)) {
            if (inImports && (line.startsWith("import ") || line.isBlank())) {
                imports.append(line).append('\n');
            } else {
                inImports = false;
                body.append("        ").append(line).append('\n');
            }
        }
        return imports + "public final class " + name + " {\n    public static void run() throws Exception {\n"
                + body + "    }\n}\n";
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        String source = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
        return source + d.getMessage(Locale.ROOT);
    }

    @Test
    @DisplayName("every Java block of README.md compiles: the version rules, the flow jobs, the testkit test")
    void every_java_block_compiles() {
        assertThat(classNames).containsExactly("ReadmeStatements1", "ReleaseJobs", "ReleaseToolingTest");
    }

    @Test
    @DisplayName("R-V1 R-V2 R-T2 R-V3 the version rules block runs as written and prints the R-V3 refusal")
    void the_version_rules_block_runs() throws Exception {
        // given
        Method run = loader.loadClass("ReadmeStatements1").getMethod("run");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;

        // when
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            run.invoke(null);
        } finally {
            System.setOut(original);
        }

        // then
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("R-V3");
    }

    @Test
    @DisplayName("R-T1 R-T2 R-B2 the README's release jobs prepare and validate on a real repository")
    void the_release_jobs_run() throws Exception {
        // given: production at 2.2.0 on main, a feature and a fix on develop, all on origin
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            repo.commit("chore: start", Map.of("version.txt", "2.2.0\n", "CHANGELOG.md", "# Changelog\n"))
                    .tag("v2.2.0")
                    .branch("develop").checkout("develop")
                    .commit("feat(api): bulk upload", Map.of("api.txt", "x\n"))
                    .commit("fix: rate limit edge case", Map.of("api.txt", "y\n"))
                    .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
            Class<?> jobsClass = loader.loadClass("ReleaseJobs");
            Constructor<?> constructor = jobsClass.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            InMemoryHosting hosting = new InMemoryHosting();
            RecordingListener heard = new RecordingListener();
            Object jobs = constructor.newInstance(repo.workTree(), hosting, heard);
            Method prepare = jobsClass.getDeclaredMethod("prepare");
            Method validate = jobsClass.getDeclaredMethod("validate", String.class, String.class);
            prepare.setAccessible(true);
            validate.setAccessible(true);

            // when
            prepare.invoke(jobs);
            validate.invoke(jobs, "v2.3.0", "2.3.0");

            // then
            assertThat(repo.originRefs()).containsKeys("refs/heads/release/v2.3.0", "refs/tags/v2.3.0");
            assertThat(hosting.findOpenPullRequest("release/v2.3.0", "main")).isPresent();
            assertThat(heard.types()).contains(EventType.RELEASE_PREPARED, EventType.FEATURE_CUTOFF);
        }
    }
}
