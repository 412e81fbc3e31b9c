package dev.releaserules.core.chatops;

import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;

/**
 * Makes the draft manifest of a new release for {@code /release create} (R-CO), usually with
 * {@link dev.releaserules.core.manifest.ManifestDraft} over the changes since the last release tag.
 * The draft names the release manager: only that person may create it through the bot.
 *
 * <pre>{@code
 * ReleaseDrafts drafts = (id, requestedBy) -> ManifestDraft.builder()
 *         .release(ReleaseHeader.draft(id, ReleaseType.REGULAR, "", "@john.doe"))
 *         .rules(componentRules).changes(repository.changes(CommitRange.between(lastTag, "HEAD")))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface ReleaseDrafts {

    /**
     * Drafts a release.
     *
     * @param id the id the bot chose for it, the next free one of the next regular train's date (R-RT2)
     * @param requestedBy who typed {@code /release create}
     * @return the manifest, in status {@code draft}
     * @throws dev.releaserules.core.ReleaseException when no draft can be made; the bot answers with
     *     the message
     */
    ReleaseManifest draft(ReleaseId id, String requestedBy);
}
