package dev.releaserules.chat;

import dev.releaserules.core.ReleaseException;
import java.nio.file.Path;

/**
 * Thrown when a {@link ManifestDirectory}'s lock was not free within its timeout: another command
 * (in this process or another) held it. Nothing was read or changed; the command may be sent again.
 */
public final class ManifestBusyException extends ReleaseException {
    private static final long serialVersionUID = 1L;
    private final String directory;

    /**
     * Creates the exception.
     *
     * @param directory the directory whose lock was busy
     */
    public ManifestBusyException(Path directory) {
        super("Manifest directory " + directory + " is locked by another command; nothing was changed");
        this.directory = directory.toString();
    }

    /**
     * The directory whose lock was busy.
     *
     * @return the path
     */
    public String directory() {
        return directory;
    }
}
