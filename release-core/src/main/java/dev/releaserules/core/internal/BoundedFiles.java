package dev.releaserules.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads files that users name (a changelog, a manifest, a routing file) without trusting them to be
 * what they say: only regular files are opened (a named pipe would block {@code open()} forever, a
 * device such as {@code /dev/zero} never ends), and the byte limit is checked while reading, not
 * from the size the file system reports. Callers turn the {@link IOException} into their own message.
 */
public final class BoundedFiles {
    private BoundedFiles() {
    }

    /** The file is not a regular file (a directory, a named pipe, a device, a socket). */
    public static final class NotRegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegularFileException(Path file, String kind) {
            super(file + " is " + kind + ", not a regular file");
        }
    }

    /** The file holds more bytes than the reader accepts. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLargeException(Path file, long limit) {
            super(file + " holds more than " + limit + " bytes");
            this.limit = limit;
        }

        /**
         * The limit that was passed.
         *
         * @return the limit in bytes
         */
        public long limit() {
            return limit;
        }
    }

    /**
     * Reads a regular file (a symbolic link is followed to one) of at most {@code maxBytes} bytes.
     *
     * @param file the file
     * @param maxBytes the most bytes accepted
     * @return the bytes
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws NotRegularFileException when it is a directory, pipe, device or socket
     * @throws TooLargeException when it holds more than {@code maxBytes}
     * @throws IOException when reading fails
     */
    public static byte[] read(Path file, int maxBytes) throws IOException {
        requireRegular(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[(int) Math.min(maxBytes + 1L, 64 * 1024)];
            int size = 0;
            while (true) {
                if (size == buffer.length) {
                    if (size > maxBytes) {
                        throw new TooLargeException(file, maxBytes);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1L, buffer.length * 2L));
                }
                int read = in.read(buffer, size, buffer.length - size);
                if (read < 0) {
                    break;
                }
                size += read;
            }
            if (size > maxBytes) {
                throw new TooLargeException(file, maxBytes);
            }
            return Arrays.copyOf(buffer, size);
        }
    }

    /**
     * Refuses anything but a regular file (following symbolic links), before it is opened.
     *
     * @param file the file
     * @throws java.nio.file.NoSuchFileException when it does not exist
     * @throws NotRegularFileException when it is not a regular file
     * @throws IOException when its attributes cannot be read
     */
    public static void requireRegular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(file, attributes.isDirectory() ? "a directory"
                    : attributes.isOther() ? "a named pipe, device or socket" : "not readable as a file");
        }
    }
}
