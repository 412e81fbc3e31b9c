package dev.releaserules.chat.internal;

import dev.releaserules.chat.ManifestBusyException;
import dev.releaserules.chat.ManifestDirectory;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.ReleaseBot;
import org.slf4j.Logger;

/**
 * What a chat command came to, for a transport to post: the text and whether it is for the caller
 * only (usage, refusals, failures) or for the channel (carried-out commands).
 *
 * @param text the text
 * @param privately true for usage, refusals and failures
 */
public record Answer(String text, boolean privately) {

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
            return new Answer(reply.text(), !reply.isDone());
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
}
