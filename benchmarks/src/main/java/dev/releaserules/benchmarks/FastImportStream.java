package dev.releaserules.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code git fast-import} stream: commits with inline file contents, annotated and
 * lightweight tags, and branch resets.
 *
 * <p>Objects are named by marks ({@code :1}, {@code :2}, ...) handed out in writing order, so the
 * same calls always give the same stream and therefore the same object ids. Not thread-safe.
 */
final class FastImportStream implements AutoCloseable {

    private static final String REGULAR_FILE_MODE = "100644";

    private final OutputStream out;
    private int lastMark;

    /**
     * Starts a stream on {@code out}; the stream asks fast-import to wait for an explicit
     * {@code done}, so a generator that dies half-way never leaves a repository that looks complete.
     */
    FastImportStream(OutputStream out) {
        this.out = out;
        text("feature done\n");
    }

    /** A commit about to be written: where it goes, who made it and what it changes. */
    record CommitSpec(String ref, Identity author, Identity committer, long authorTime,
                      long commitTime, String message, int from, List<Integer> merges,
                      Map<String, String> files) {
    }

    /** Writes a commit and returns its mark; {@code from} 0 means a root commit. */
    int commit(CommitSpec spec) {
        int mark = ++lastMark;
        text("commit " + spec.ref() + "\n");
        text("mark :" + mark + "\n");
        text("author " + spec.author().signature(spec.authorTime()) + "\n");
        text("committer " + spec.committer().signature(spec.commitTime()) + "\n");
        data(spec.message());
        if (spec.from() > 0) {
            text("from :" + spec.from() + "\n");
        }
        for (int merge : spec.merges()) {
            text("merge :" + merge + "\n");
        }
        for (Map.Entry<String, String> file : spec.files().entrySet()) {
            text("M " + REGULAR_FILE_MODE + " inline " + file.getKey() + "\n");
            data(file.getValue());
        }
        text("\n");
        return mark;
    }

    /** Writes an annotated tag object pointing at the commit {@code mark}. */
    void annotatedTag(String name, int mark, Identity tagger, long time, String message) {
        text("tag " + name + "\n");
        text("from :" + mark + "\n");
        text("tagger " + tagger.signature(time) + "\n");
        // Unlike commit and reset, the tag command takes no trailing blank line.
        data(message);
    }

    /** Writes a lightweight tag: a bare {@code refs/tags/} ref to the commit {@code mark}. */
    void lightweightTag(String name, int mark) {
        reset("refs/tags/" + name, mark);
    }

    /** Points {@code ref} at the commit {@code mark}, creating the ref if needed. */
    void reset(String ref, int mark) {
        text("reset " + ref + "\n");
        text("from :" + mark + "\n");
        text("\n");
    }

    /** Ends the stream; fast-import only then updates refs and exits successfully. */
    @Override
    public void close() {
        text("done\n");
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("git fast-import stopped reading its input", e);
        }
    }

    private void data(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        text("data " + bytes.length + "\n");
        write(bytes);
        text("\n");
    }

    private void text(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("git fast-import stopped reading its input", e);
        }
    }
}
