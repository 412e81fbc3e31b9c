/**
 * Chat-ops on top of the manifest rules: sign-off requests as issues on the code host and the
 * collection of their answers (R-SR, R-SO1), and the {@code /release} chat commands (R-CO).
 *
 * <p>Everything here reaches the world through the ports of {@code dev.releaserules.core.spi}
 * ({@code Hosting}, {@code Deployer}) and changes manifests only through
 * {@code dev.releaserules.core.manifest.ReleaseDesk}, so the sign-off, approval and deployment
 * rules are the manifest package's, applied the same way whether an answer comes from an issue
 * comment or a chat command.
 */
@NullMarked
package dev.releaserules.core.chatops;

import org.jspecify.annotations.NullMarked;
