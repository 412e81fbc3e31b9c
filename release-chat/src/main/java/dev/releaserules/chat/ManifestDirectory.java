package dev.releaserules.chat;

import dev.releaserules.chat.internal.DirectoryLock;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A directory of release manifests, one file per release named {@code <release id>.yaml}, that
 * chat commands read and change without losing an update (R-CO, R-MF1).
 *
 * <p>The current release is the file whose name holds the greatest release id; a change to it is
 * written back to that file, a new release to {@code <its id>.yaml}. {@link #run} holds the
 * directory's lock from reading the current release to writing the bot's result, so concurrent
 * commands — from threads of one process and from other processes on the same machine — are applied
 * one after the other: each sees the result of the one before, and none is silently lost. The lock
 * is a fair in-process lock plus an OS file lock on {@code .release-bot.lock} in the directory (on
 * network file systems that do not support file locks, run one bot per directory). Manifests are
 * written atomically (temporary file, then rename), so readers without the lock see a whole file.
 *
 * <pre>{@code
 * ManifestDirectory releases = ManifestDirectory.open(Path.of("releases"));
 * BotReply reply = releases.run(bot, "/release signoff api", "@alice");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ManifestDirectory {
    /** The default time {@link #run} waits for the lock. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);
    private static final String SUFFIX = ".yaml";

    private final Path path;
    private final Duration lockTimeout;

    private ManifestDirectory(Path path, Duration lockTimeout) {
        this.path = path;
        this.lockTimeout = lockTimeout;
    }

    /**
     * Opens an existing directory, with the default lock timeout.
     *
     * @param directory the directory
     * @return the manifest directory
     * @throws InvalidInputException when it is not an existing directory
     */
    public static ManifestDirectory open(Path directory) {
        Checks.notNull(directory, "manifest directory");
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException("manifest directory", directory.toString(), "an existing directory");
        }
        try {
            return new ManifestDirectory(directory.toRealPath(), DEFAULT_LOCK_TIMEOUT);
        } catch (IOException e) {
            throw new InvalidInputException("manifest directory", directory.toString(), "a readable directory");
        }
    }

    /**
     * A copy that waits at most this long for the lock.
     *
     * @param timeout a positive duration
     * @return the copy
     */
    public ManifestDirectory withLockTimeout(Duration timeout) {
        Checks.notNull(timeout, "lock timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("lock timeout", timeout.toString(), "a positive duration");
        }
        return new ManifestDirectory(path, timeout);
    }

    /**
     * The directory.
     *
     * @return its real path
     */
    public Path path() {
        return path;
    }

    /**
     * The file a release is kept in.
     *
     * @param id the release id
     * @return {@code <directory>/<id>.yaml}
     */
    public Path fileOf(ReleaseId id) {
        return path.resolve(Checks.notNull(id, "release id").value() + SUFFIX);
    }

    /**
     * The current release: the manifest with the greatest release id. Reads without the lock.
     *
     * @return the manifest, or empty when the directory holds none
     * @throws ReleaseException when the directory or the file cannot be read, or the file is not a
     *     valid manifest
     */
    public Optional<ReleaseManifest> current() {
        return currentFile().map(ReleaseManifest::read);
    }

    /** The file whose name holds the greatest release id. */
    private Optional<Path> currentFile() {
        ReleaseId best = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, "rel-*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Optional<ReleaseId> id = ReleaseId.tryParse(name.substring(0, name.length() - SUFFIX.length()));
                if (id.isPresent() && (best == null || id.get().compareTo(best) > 0)) {
                    best = id.get();
                }
            }
        } catch (IOException e) {
            throw new ReleaseException("Cannot list manifest directory " + path + ": " + e.getMessage());
        }
        return Optional.ofNullable(best).map(this::fileOf);
    }

    /**
     * Runs a chat command against the current release and stores the result, holding the
     * directory's lock throughout. A command the bot carried out and that changed the release is
     * written (a new release to a new file); refusals and usage answers change nothing.
     *
     * @param bot the bot
     * @param text what the caller typed
     * @param caller the caller's handle, as the chat platform vouches for it
     * @return the bot's reply
     * @throws ManifestBusyException when the lock was not free within the timeout (nothing changed)
     * @throws ReleaseException when the current manifest cannot be read or the result cannot be
     *     written (the file is then unchanged)
     */
    public BotReply run(ReleaseBot bot, String text, String caller) {
        Checks.notNull(bot, "bot");
        Checks.notNull(text, "command text");
        Checks.notBlank(caller, "caller");
        try {
            return DirectoryLock.withLock(path, lockTimeout, () -> runLocked(bot, text, caller))
                    .orElseThrow(() -> new ManifestBusyException(path));
        } catch (IOException e) {
            throw new ReleaseException("Cannot lock manifest directory " + path + ": " + e.getMessage());
        }
    }

    private BotReply runLocked(ReleaseBot bot, String text, String caller) {
        Optional<Path> file = currentFile();
        Optional<ReleaseManifest> current = file.map(ReleaseManifest::read);
        BotReply reply = current.isPresent() ? bot.handle(text, caller, current.get()) : bot.handle(text, caller);
        if (reply.isDone() && reply.manifest().isPresent() && !reply.manifest().equals(current)) {
            ReleaseManifest changed = reply.manifest().get();
            // The same release goes back to the file it came from; a new release gets a file of its own.
            boolean sameRelease = current.isPresent() && current.get().id().equals(changed.id());
            changed.write(sameRelease ? file.get() : fileOf(changed.id()));
        }
        return reply;
    }

    @Override
    public String toString() {
        return "ManifestDirectory[" + path + "]";
    }
}
