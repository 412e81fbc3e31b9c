package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The workflows in docs/github-actions, read as YAML: they call the scripts, which talk to GitHub
 * through the library, and relay nothing themselves.
 */
class GitHubActionsWorkflowsTest {
    private static final Path DOCS = Path.of("..", "docs", "github-actions").toAbsolutePath().normalize();
    private static final Pattern RELAY = Pattern.compile("(^|[\\s;|&(`$])(grep|sed|gh)(\\s|$)", Pattern.MULTILINE);
    private static final Pattern SCRIPT = Pattern.compile("\\.release-rules/([a-z-]+)\\.java");
    private static final List<String> HOSTED = List.of("prepare", "hotfix", "backport", "post-merge", "auto-merge",
            "production");
    /** Sub-commands of manifest.java that talk to the host. */
    private static final Pattern HOSTED_MANIFEST = Pattern.compile("manifest\\.java\\s+(signoff|request-signoffs)\\b");
    private static final List<String> EMITTING = List.of("prepare", "hotfix", "backport", "post-merge", "validate",
            "production");

    /** Least privilege, per workflow and job: a change here is a change to the README's table. */
    private static final Map<String, Map<String, String>> PERMISSIONS = Map.ofEntries(
            Map.entry("prepare-release.yaml/prepare", Map.of("contents", "write", "pull-requests", "write", "issues", "write",
                    "actions", "write")),
            Map.entry("post-merge-release.yaml/trigger", Map.of("contents", "write", "pull-requests", "read", "actions", "write")),
            Map.entry("release.yaml/validate", Map.of("contents", "read")),
            Map.entry("release.yaml/release", Map.of("contents", "read")),
            Map.entry("release.yaml/announce", Map.of("contents", "write")),
            Map.entry("release.yaml/backport", Map.of("contents", "write", "pull-requests", "write", "issues", "write",
                    "checks", "read", "statuses", "read")),
            Map.entry("hotfix.yaml/hotfix", Map.of("contents", "write", "pull-requests", "write", "issues", "write")),
            Map.entry("release-staging.yaml/staging", Map.of("contents", "read")),
            Map.entry("auto-merge.yaml/auto-merge", Map.of("contents", "write", "pull-requests", "write", "checks", "read",
                    "statuses", "read")),
            Map.entry("notify-check.yaml/notify", Map.of("contents", "read")),
            Map.entry("release-train.yaml/manifest", Map.of("contents", "write")),
            Map.entry("signoff.yaml/request", Map.of("contents", "write", "issues", "write")),
            Map.entry("signoff.yaml/signoff", Map.of("contents", "write", "issues", "write")));

    private record Step(String where, JsonNode step) {
        String run() {
            return step.path("run").asText("");
        }
    }

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<Step> runSteps() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<Step> steps = new ArrayList<>();
        for (Path file : workflows()) {
            JsonNode root = yaml.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> jobs = root.path("jobs").fields(); jobs.hasNext(); ) {
                Map.Entry<String, JsonNode> job = jobs.next();
                job.getValue().path("steps").forEach(s -> steps.add(new Step(file.getFileName() + "/" + job.getKey(), s)));
            }
        }
        yaml.readTree(DOCS.resolve("setup/action.yaml").toFile()).path("runs").path("steps")
                .forEach(s -> steps.add(new Step("setup/action.yaml", s)));
        return steps.stream().filter(s -> s.step().has("run")).toList();
    }

    @Test
    @DisplayName("every workflow and the setup action are valid YAML with jobs and steps")
    void workflows_parse() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<Path> files = workflows();

        assertThat(files).extracting(f -> f.getFileName().toString()).contains("prepare-release.yaml",
                "post-merge-release.yaml", "release.yaml", "hotfix.yaml", "release-staging.yaml", "auto-merge.yaml");
        for (Path file : files) {
            JsonNode root = yaml.readTree(file.toFile());
            assertThat(root.path("name").asText()).as(file.toString()).isNotBlank();
            assertThat(root.path("jobs").size()).as(file.toString()).isPositive();
            root.path("jobs").forEach(job -> assertThat(job.path("steps").isArray()).as(file.toString()).isTrue());
        }
        assertThat(yaml.readTree(DOCS.resolve("setup/action.yaml").toFile()).path("runs").path("using").asText())
                .isEqualTo("composite");
    }

    @Test
    @DisplayName("no run: step greps or seds script output or calls gh: the scripts do it through the library")
    void nothing_is_relayed() throws IOException {
        List<Step> steps = runSteps();

        assertThat(steps).hasSizeGreaterThan(10);
        assertThat(steps).allSatisfy(s -> assertThat(RELAY.matcher(s.run()).find())
                .as("%s: %s", s.where(), s.run()).isFalse());
        assertThat(steps).allSatisfy(s -> assertThat(s.run()).as("%s pastes an expression into shell: pass it through env:",
                s.where()).doesNotContain("${{"));
    }

    @Test
    @DisplayName("every step of a script that talks to a host passes --host github, and every step that emits events passes --notifications")
    void scripts_talk_to_github_and_notify() throws IOException {
        Map<String, Integer> calls = new TreeMap<>();
        for (Step s : runSteps()) {
            var matcher = SCRIPT.matcher(s.run());
            while (matcher.find()) {
                String script = matcher.group(1);
                calls.merge(script, 1, Integer::sum);
                if (HOSTED.contains(script) || HOSTED_MANIFEST.matcher(s.run()).find()) {
                    assertThat(s.run()).as("%s runs %s", s.where(), script).contains("--host github");
                    assertThat(s.step().path("env").has("GITHUB_TOKEN")).as("%s: the token for %s", s.where(), script).isTrue();
                }
                if (EMITTING.contains(script) || (script.equals("staging") && s.run().contains("--deployed"))) {
                    assertThat(s.run()).as("%s runs %s", s.where(), script).contains("--notifications");
                }
            }
        }
        assertThat(calls).containsKeys("prepare", "hotfix", "backport", "post-merge", "auto-merge", "validate", "staging",
                "manifest", "notify");
    }

    @Test
    @DisplayName("each job asks for the least permissions it needs; the workflows grant none by default")
    void least_permissions() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        for (Path file : workflows()) {
            JsonNode root = yaml.readTree(file.toFile());
            assertThat(root.path("permissions").isObject() && root.path("permissions").isEmpty())
                    .as("%s: top-level permissions: {}", file.getFileName()).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> jobs = root.path("jobs").fields(); jobs.hasNext(); ) {
                Map.Entry<String, JsonNode> job = jobs.next();
                Map<String, String> permissions = new TreeMap<>();
                job.getValue().path("permissions").fields().forEachRemaining(p -> permissions.put(p.getKey(), p.getValue().asText()));
                found.put(file.getFileName() + "/" + job.getKey(), permissions);
            }
        }

        assertThat(found).isEqualTo(PERMISSIONS.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> new TreeMap<>(e.getValue()))));
    }

    @Test
    @DisplayName("R-SO1 R-SR signoff.yaml: a created comment on a sign-off issue runs signoff from the event file and commits the manifest; by hand it requests the sign-offs")
    void signoff_workflow_answers_comments_and_commits() throws IOException {
        JsonNode root = new YAMLMapper().readTree(DOCS.resolve("signoff.yaml").toFile());
        JsonNode signoff = root.path("jobs").path("signoff");
        List<String> runs = new ArrayList<>();
        signoff.path("steps").forEach(s -> runs.add(s.path("run").asText("")));

        assertThat(root.path("on").path("issue_comment").path("types")).extracting(JsonNode::asText).containsExactly("created");
        assertThat(signoff.path("if").asText()).contains("sign-off-required", "!github.event.issue.pull_request");
        assertThat(runs).filteredOn(r -> r.contains("manifest.java")).singleElement().asString()
                .contains("signoff --host github --file releases/", "--notifications")
                .doesNotContain("--component", "--user", "--comment");
        assertThat(runs).filteredOn(r -> r.contains("git push")).singleElement().asString().contains("git add releases/");
        assertThat(signoff.path("outputs").path("all_signed_off").asText()).isEqualTo("${{ steps.signoff.outputs.all_signed_off }}");
        assertThat(root.path("jobs").path("request").path("steps").toString()).contains("request-signoffs --host github");
    }
}
