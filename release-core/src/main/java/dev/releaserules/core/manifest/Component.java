package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * One deployable component of a release: its versions, its changes, its team and its sign-off.
 *
 * @param name the component name, safe as a file or branch name (see {@link SafeNames})
 * @param currentVersion the version in production
 * @param newVersion the version this release deploys; equal to {@code currentVersion} when unchanged
 * @param changes the subjects of the commits in the release, in order
 * @param versionReason why the new version was chosen (the bump explanation); empty when not recorded
 * @param authors the authors of the changes, for the four-eyes rule; empty when not recorded
 * @param team the owning team, or empty
 * @param teamLead who signs for the component, or empty
 * @param signOff the team sign-off
 * @param extra fields the library does not model, kept as read
 */
public record Component(String name, ManifestVersion currentVersion, ManifestVersion newVersion, List<String> changes,
        String versionReason, List<String> authors, String team, String teamLead, SignOff signOff, ExtraFields extra) {

    /** Validates the parts. */
    public Component {
        SafeNames.requireSafe(name, "component name");
        Checks.notNull(currentVersion, "current version");
        Checks.notNull(newVersion, "new version");
        changes = Checks.listCopy(changes, "changes");
        Checks.notNull(versionReason, "version reason");
        authors = Checks.listCopy(authors, "authors");
        Checks.notNull(team, "team");
        Checks.notNull(teamLead, "team lead");
        Checks.notNull(signOff, "sign-off");
        Checks.notNull(extra, "extra fields");
    }

    /**
     * A component with changes and a pending sign-off, or with no changes and no sign-off needed
     * (R-MF2).
     *
     * @param name the name
     * @param currentVersion the current version
     * @param newVersion the new version
     * @param changes the change subjects; empty means unchanged
     * @param team the team, or empty
     * @param teamLead the team lead, or empty
     * @return the component
     */
    public static Component of(String name, ManifestVersion currentVersion, ManifestVersion newVersion,
            List<String> changes, String team, String teamLead) {
        SignOff signOff = changes.isEmpty() ? SignOff.notRequired() : SignOff.pending();
        return new Component(name, currentVersion, newVersion, changes, "", List.of(), team, teamLead, signOff,
                ExtraFields.empty());
    }

    /**
     * Whether the release deploys this component.
     *
     * @return true when the new version differs from the current one
     */
    public boolean isChanged() {
        return !newVersion.version().equals(currentVersion.version());
    }

    /**
     * A copy with another sign-off.
     *
     * @param other the sign-off
     * @return the copy
     */
    public Component withSignOff(SignOff other) {
        return new Component(name, currentVersion, newVersion, changes, versionReason, authors, team, teamLead, other,
                extra);
    }

    /**
     * A copy with more changes and authors appended.
     *
     * @param moreChanges change subjects to append
     * @param moreAuthors authors to append (duplicates are kept once)
     * @return the copy
     */
    public Component withAddedChanges(List<String> moreChanges, List<String> moreAuthors) {
        List<String> allChanges = new java.util.ArrayList<>(changes);
        allChanges.addAll(Checks.listCopy(moreChanges, "changes"));
        java.util.LinkedHashSet<String> allAuthors = new java.util.LinkedHashSet<>(authors);
        allAuthors.addAll(Checks.listCopy(moreAuthors, "authors"));
        return new Component(name, currentVersion, newVersion, allChanges, versionReason, List.copyOf(allAuthors), team,
                teamLead, signOff, extra);
    }

    /**
     * A copy with the version explanation and change authors set.
     *
     * @param reason the explanation of the new version
     * @param changeAuthors the authors of the changes
     * @return the copy
     */
    public Component withOrigin(String reason, List<String> changeAuthors) {
        return new Component(name, currentVersion, newVersion, changes, reason, changeAuthors, team, teamLead, signOff,
                extra);
    }
}
