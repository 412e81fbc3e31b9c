package dev.releaserules.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code git} as the reference of the in-process benchmarks: the whole process, output drained. */
final class GitProcess {
    private GitProcess() {
    }

    /**
     * Runs git in a directory and reads all it prints.
     *
     * @return the number of bytes git wrote to stdout
     * @throws IllegalStateException when git exits with another status than 0
     */
    static long run(Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream out = process.getInputStream()) {
                for (int n; (n = out.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(command + " exited with " + status);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
