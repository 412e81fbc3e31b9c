package dev.releaserules.chat.internal;

import dev.releaserules.chat.ManifestBusyException;
import dev.releaserules.chat.ManifestDirectory;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * What a chat command came to, for a transport to post: the text and whether it is for the caller
 * only (usage, refusals, failures) or for the channel (carried-out commands).
 *
 * @param text the text
 * @param privately true for usage, refusals and failures
 * @param next the commands that make sense next on the release, such as {@code signoff api} and
 *     {@code approve}, for transports that offer buttons; empty after refusals and failures
 */
public record Answer(String text, boolean privately, List<String> next) {
    private static final int MAX_NEXT = 20;

    /** Copies the list. */
    public Answer {
        next = List.copyOf(next);
    }

    /**
     * An answer with no next commands.
     *
     * @param text the text
     * @param privately whether it is for the caller only
     */
    public Answer(String text, boolean privately) {
        this(text, privately, List.of());
    }

    /**
     * Runs a command on a directory and turns every outcome into an answer; never throws.
     *
     * @param directory the manifest directory
     * @param bot the bot
     * @param typed the command text
     * @param handle the caller's handle
     * @param log where the outcome is logged
     * @param platform the platform, for the log
     * @return the answer
     */
    public static Answer run(ManifestDirectory directory, ReleaseBot bot, String typed, String handle, Logger log,
            String platform) {
        try {
            BotReply reply = directory.run(bot, typed, handle);
            log.info("{}: {} by {}: {}", platform, Messages.safe(typed), handle, reply.outcome());
            return new Answer(reply.text(), !reply.isDone(),
                    reply.isDone() ? reply.manifest().map(Answer::next).orElse(List.of()) : List.of());
        } catch (ManifestBusyException e) {
            log.warn("{}: {} by {}: manifest busy", platform, Messages.safe(typed), handle);
            return new Answer(Messages.busy(), true);
        } catch (ReleaseException e) {
            log.warn("{}: {} by {}: {}", platform, Messages.safe(typed), handle, e.getMessage());
            return new Answer(Messages.failed(e.getMessage()), true);
        } catch (RuntimeException e) {
            log.error("{}: {} by {}: failed", platform, Messages.safe(typed), handle, e);
            return new Answer(Messages.internalError(), true);
        }
    }

    /** While a release waits for approval: its outstanding sign-offs, then the approval. */
    private static List<String> next(ReleaseManifest m) {
        List<String> out = new ArrayList<>();
        if (m.status() != ReleaseStatus.PENDING_APPROVAL) {
            return out;
        }
        for (Component c : m.outstandingSignOffs()) {
            if (out.size() < MAX_NEXT) {
                out.add("signoff " + c.name());
            }
        }
        out.add("approve");
        return out;
    }
}
