package dev.releaserules.core.flow;

import dev.releaserules.core.changelog.ChangelogFile;
import dev.releaserules.core.changelog.ChangelogGenerator;
import dev.releaserules.core.changelog.ChangelogRenderer;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.changelog.ReleaseNotesBuilder;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The release notes of a prepared release and the changelog file they are prepended to (R-C1). */
final class ChangelogStep {
    private ChangelogStep() {
    }

    record Result(String releaseNotes, String fileContent) {
    }

    static Result render(QuickReleaseRules rules, Version version, Optional<ReleaseTag> previous, List<Commit> commits,
            String existing, LocalDate date) {
        ReleaseNotesBuilder builder = ChangelogGenerator.of(rules.changelog()).notes().version(version).date(date)
                .tag(rules.tagFormat().format(version)).commits(commits);
        previous.ifPresent(p -> builder.previousVersion(p.version()).previousTag(p.name()));
        ReleaseNotes notes = builder.build();
        ChangelogRenderer renderer = ChangelogRenderer.of(rules.changelog());
        String file = ChangelogFile.builder().renderer(renderer).build().update(existing == null ? "" : existing, notes);
        return new Result(renderer.render(notes), file);
    }
}
