package dev.releaserules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes {@code RESULTS.md} for {@code run-all.sh}: the issue's targets, met or missed and by how much,
 * from the JMH results (JSON) and the whole-process results file of {@code compare.sh}, then the JMH
 * table, the whole-process file itself and the hand-written analysis.
 *
 * <p>usage: {@code Report --jmh FILE.json --compare FILE.md --analysis FILE.md --header TEXT --out FILE}
 */
public final class Report {
    private final JsonNode jmh;
    private final List<String> compare;
    private final Map<String, String> wholeProcess = new HashMap<>();

    private Report(JsonNode jmh, List<String> compare) {
        this.jmh = jmh;
        this.compare = compare;
        for (String line : compare) {
            String[] cells = line.split("\\|");
            if (cells.length > 4 && !cells[1].isBlank() && !cells[1].contains("---") && !cells[1].contains("tool")) {
                wholeProcess.put(cells[1].strip() + "/" + cells[2].strip(), cells[3].strip());
            }
        }
    }

    /**
     * Writes the report.
     *
     * @param args the options
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Report report = new Report(new ObjectMapper().readTree(Path.of(options.get("--jmh")).toFile()),
                Files.readAllLines(Path.of(options.get("--compare")), StandardCharsets.UTF_8));
        String analysis = Files.readString(Path.of(options.get("--analysis")), StandardCharsets.UTF_8);
        Path out = Path.of(options.get("--out"));
        Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), "RESULTS", ".tmp");
        Files.writeString(temporary, report.render(options.getOrDefault("--header", ""), analysis),
                StandardCharsets.UTF_8);
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String render(String header, String analysis) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n").append(header.strip()).append("\n\n");
        md.append("## Targets of issue 7\n\n")
                .append("| target | measured | reference | ratio | limit | verdict |\n")
                .append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        ratioRow(md, "whole-history changelog in process, warm, vs `git log` (whole git process)",
                score("ChangelogBenchmark.wholeHistory", ""), score("ChangelogBenchmark.gitLogWholeHistory", ""),
                "ms", 1.5);
        limitRow(md, "latest release tag among all tags, in process, warm",
                score("TagsBenchmark.latestReleaseTag", "").stream().map(us -> us / 1000).findFirst(), "ms", 2.0);
        for (String range : List.of("latest", "wide")) {
            ratioRow(md, "changed paths between two tags (" + range + " range) vs `git diff --name-only --no-renames`",
                    score("ChangedPathsBenchmark.changedPaths", range),
                    score("ChangedPathsBenchmark.gitDiffNameOnly", range), "ms", 2.0);
        }
        for (String competitor : List.of("git-cliff", "conventional-changelog")) {
            speedupRow(md, "whole-history changelog, whole process, vs " + competitor,
                    wholeProcess.getOrDefault("release-rules/whole", "-"),
                    wholeProcess.getOrDefault(competitor + "/whole", "-"));
        }
        limitRow(md, "latest-release changelog, whole process", seconds("release-rules/latest"), "s", 0.35);
        String small = wholeProcess.getOrDefault("release-rules -Xmx256m/whole", "-");
        md.append("| whole-history changelog with `-Xmx256m`, whole process | ").append(small)
                .append(" s | | | completes | ").append(seconds("release-rules -Xmx256m/whole").isPresent()
                        ? "met" : "missed: " + small).append(" |\n\n");
        md.append("*ratio* is measured / reference; a ratio at or below the limit meets the target. Speed-ups are\n"
                + "competitor / ours and must reach 10×; a competitor that timed out counts with its time-out.\n\n");
        md.append("## In process (JMH)\n\n")
                .append("| benchmark | params | mode | score | error (99.9 %) | unit |\n")
                .append("| --- | --- | --- | ---: | ---: | --- |\n");
        for (JsonNode result : jmh) {
            String name = result.get("benchmark").asText().replace("dev.releaserules.benchmarks.", "");
            List<String> params = new ArrayList<>();
            result.path("params").fields().forEachRemaining(p -> {
                if (!p.getKey().equals("repo")) {
                    params.add(p.getKey() + "=" + p.getValue().asText());
                }
            });
            JsonNode metric = result.get("primaryMetric");
            md.append("| ").append(name).append(" | ").append(String.join(", ", params)).append(" | ")
                    .append(result.get("mode").asText()).append(" | ")
                    .append(number(metric.get("score").asDouble())).append(" | ")
                    .append(metric.get("scoreError").isNumber() ? number(metric.get("scoreError").asDouble()) : "-")
                    .append(" | ").append(metric.get("scoreUnit").asText()).append(" |\n");
        }
        JsonNode first = jmh.get(0);
        md.append("\nJMH ").append(first.path("jmhVersion").asText()).append(", ")
                .append(first.path("vmName").asText()).append(' ').append(first.path("vmVersion").asText())
                .append(", repository `").append(first.path("params").path("repo").asText("-"))
                .append("`; forks, warm-up and measurement iterations as in the command line below.\n\n");
        md.append("## Whole process (from `compare.sh`)\n\n");
        for (String line : compare) {
            if (line.startsWith("# ")) {
                continue;
            }
            md.append(line.startsWith("#") ? "#" + line : line).append('\n');
        }
        md.append('\n').append(analysis.strip()).append('\n');
        return md.toString();
    }

    private List<Double> score(String benchmark, String range) {
        List<Double> scores = new ArrayList<>();
        for (JsonNode result : jmh) {
            if (result.get("benchmark").asText().endsWith("." + benchmark)
                    && (range.isEmpty() || range.equals(result.path("params").path("range").asText()))) {
                scores.add(result.get("primaryMetric").get("score").asDouble());
            }
        }
        return scores;
    }

    private OptionalDouble seconds(String key) {
        try {
            return OptionalDouble.of(Double.parseDouble(wholeProcess.getOrDefault(key, "-")));
        } catch (NumberFormatException notMeasured) {
            return OptionalDouble.empty();
        }
    }

    private static void ratioRow(StringBuilder md, String target, List<Double> measured, List<Double> reference,
            String unit, double limit) {
        if (measured.isEmpty() || reference.isEmpty()) {
            md.append("| ").append(target).append(" | not measured | | | ").append(limit).append("× | - |\n");
            return;
        }
        double ratio = measured.get(0) / reference.get(0);
        md.append("| ").append(target).append(" | ").append(number(measured.get(0))).append(' ').append(unit)
                .append(" | ").append(number(reference.get(0))).append(' ').append(unit).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f×", ratio)).append(" | ≤ ").append(limit).append("× | ")
                .append(verdict(ratio, limit)).append(" |\n");
    }

    private static void limitRow(StringBuilder md, String target, java.util.Optional<Double> measured, String unit,
            double limit) {
        limitRow(md, target, measured.isPresent() ? OptionalDouble.of(measured.get()) : OptionalDouble.empty(), unit,
                limit);
    }

    private static void limitRow(StringBuilder md, String target, OptionalDouble measured, String unit, double limit) {
        if (measured.isEmpty()) {
            md.append("| ").append(target).append(" | not measured | | | ≤ ").append(limit).append(' ').append(unit)
                    .append(" | - |\n");
            return;
        }
        double value = measured.getAsDouble();
        md.append("| ").append(target).append(" | ").append(number(value)).append(' ').append(unit)
                .append(" | | | ≤ ").append(limit).append(' ').append(unit).append(" | ")
                .append(verdict(value / limit, 1.0)).append(" |\n");
    }

    private static void speedupRow(StringBuilder md, String target, String ours, String theirs) {
        String theirsNumber = theirs.replace("timeout>", "");
        double speedup;
        try {
            speedup = Double.parseDouble(theirsNumber) / Double.parseDouble(ours);
        } catch (NumberFormatException notMeasured) {
            md.append("| ").append(target).append(" | ").append(ours).append(" s | ").append(theirs)
                    .append(" | | ≥ 10× | not measured |\n");
            return;
        }
        String atLeast = theirs.startsWith("timeout") ? "> " : "";
        md.append("| ").append(target).append(" | ").append(ours).append(" s | ").append(theirs).append(" s | ")
                .append(atLeast).append(String.format(Locale.ROOT, "%.1f× faster", speedup)).append(" | ≥ 10× | ")
                .append(speedup >= 10 ? "met" : String.format(Locale.ROOT, "missed: %.1f× short", 10 / speedup))
                .append(" |\n");
    }

    private static String verdict(double ratio, double limit) {
        return ratio <= limit ? "met"
                : String.format(Locale.ROOT, "missed by %.0f %%", (ratio / limit - 1) * 100);
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return value >= 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

}
