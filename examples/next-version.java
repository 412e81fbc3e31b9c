///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS dev.releaserules:release-github
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java
//SOURCES support/ReleaseScope.java

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.changelog.ChangelogPreset;
import dev.releaserules.core.commit.BumpReason;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.github.GitHubActionsOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Says which version the commits since the newest release call for, and why. */
@Command(name = "next-version", sortOptions = false, usageHelpWidth = 100,
        header = "next-version — the next version the commits since the newest release call for (rule R-V2)",
        description = {
            "Finds the newest release tag (vX.Y.Z or X.Y.Z; a component's NAME@X.Y.Z with --component), reads",
            "the conventional commits after it up to --until (only those touching --path for a component), and",
            "prints the next version with the reasons: a breaking change is major, a feature minor, a fix or",
            "performance change patch; every commit that drove the increment is named. With --preset",
            "release-please a Release-As: X.Y.Z footer in the range sets the version (the newest one wins; one",
            "not above the newest release is refused, exit 1) and the reasons say \"Release-As in <commit>\".",
            "No release tag yet:",
            "the current version is 0.0.0. Nothing calling for a release: the version stays, release=false.",
            "Reads only. Inside GitHub Actions the step outputs are current, next, increment (major, minor,",
            "patch or none), release (true/false) and tag; the step summary says why.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class next_version implements Callable<Integer> {
    @Option(names = "--until", paramLabel = "REV", defaultValue = "HEAD",
            description = "the commit the next release would be cut from (default HEAD)")
    String until;

    @Mixin
    ReleaseScope scope;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "conventional",
            description = "whose bump rules: conventional (default) or release-please (reads Release-As: footers)")
    String preset;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "the git repository (default: the current directory)")
    Path repo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new next_version(), args);
    }

    @Override
    public Integer call() throws Exception {
        BumpRecommendation bump;
        String tag;
        try (SourceRepository repository = GitRepositories.open(repo, GitRepositories.Options.forCommandLine())) {
            ReleaseHistory history = scope.history(repository, ChangelogConfig.defaults());
            bump = history.recommendNext(ChangelogPreset.parse(preset).bumpRules(), until);
            tag = history.tagFormats().get(0).format(bump.nextVersion());
        }
        String increment = bump.increment().map(i -> i.name().toLowerCase(Locale.ROOT)).orElse("none");
        boolean release = bump.increment().isPresent();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("current", bump.current().toString());
        outputs.put("next", bump.nextVersion().toString());
        outputs.put("increment", increment);
        outputs.put("release", Boolean.toString(release));
        outputs.put("tag", release ? tag : "");
        GitHubActionsOutput.fromEnvironment().outputs(outputs)
                .summary("## Next version: " + bump.nextVersion() + "\n\n" + bump.explain() + "\n");

        if (json) {
            Map<String, Object> root = new LinkedHashMap<>(outputs);
            root.put("release", release);
            root.put("explanation", bump.explain());
            List<Map<String, Object>> reasons = new ArrayList<>();
            for (BumpReason reason : bump.reasons()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("commit", reason.commit().id());
                r.put("subject", reason.commit().message().subject());
                r.put("increment", reason.increment().name().toLowerCase(Locale.ROOT));
                r.put("why", reason.why());
                r.put("drives", bump.drivers().contains(reason));
                reasons.add(r);
            }
            root.put("reasons", reasons);
            bump.releaseAs().ifPresent(footer -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("commit", footer.commit().id());
                r.put("subject", footer.commit().message().subject());
                r.put("version", footer.version().toString());
                root.put("releaseAs", r);
            });
            System.out.print(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
            return 0;
        }
        System.out.println(bump.nextVersion());
        System.out.println("  " + bump.explain());
        bump.releaseAs().ifPresent(footer -> System.out.println("  * as     " + footer.commit().shortId() + " "
                + footer.commit().message().subject() + " (Release-As: " + footer.version() + ")"));
        for (BumpReason reason : bump.reasons()) {
            System.out.println("  " + (bump.drivers().contains(reason) ? "* " : "  ")
                    + reason.increment().name().toLowerCase(Locale.ROOT) + "  " + reason.commit().shortId() + " "
                    + reason.commit().message().subject() + " (" + reason.why() + ")");
        }
        return 0;
    }
}
