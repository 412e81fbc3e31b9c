package dev.releaserules.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes files so that readers see the old content or the new one, never a part: the text goes to
 * a temporary file in the target's directory, which is then renamed over the target. Callers turn
 * the {@link IOException} into their own message naming the file they meant.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Replaces (or creates) a file with a text, in UTF-8. An existing file keeps its permissions.
     * On failure the target is unchanged and the temporary file is removed.
     *
     * @param target the file
     * @param text the new content
     * @throws NoSuchFileException when the target's directory does not exist (naming the directory)
     * @throws IOException when writing or renaming fails
     */
    public static void writeString(Path target, String text) throws IOException {
        Path file = target.toAbsolutePath();
        Path directory = file.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new NoSuchFileException(String.valueOf(directory), null, "the directory does not exist");
        }
        Path temp = directory.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            copyPermissions(file, temp);
            move(temp, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Renames a file over another, atomically where the file system can.
     *
     * @param from the file to move
     * @param to the new name; replaced when it exists
     * @throws IOException when the move fails
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Only on file systems without an atomic rename; a plain replace is the best left there.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && copy != null && Files.exists(from)) {
            copy.setPermissions(source.readAttributes().permissions());
        }
    }
}
