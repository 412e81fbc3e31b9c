package dev.releaserules.github;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.internal.AtomicFiles;
import dev.releaserules.core.internal.BoundedFiles;
import dev.releaserules.github.internal.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * What a step hands to the rest of a GitHub Actions workflow: step outputs (machine values such as
 * the version, the tag or the pull request number) in the file {@code $GITHUB_OUTPUT}, and Markdown
 * for the run's page (release notes, a dashboard, a plan) in {@code $GITHUB_STEP_SUMMARY}. Outside
 * Actions, where the variables are not set, every write does nothing, so a script can call it
 * unconditionally.
 *
 * <pre>{@code
 * GitHubActionsOutput actions = GitHubActionsOutput.fromEnvironment();
 * actions.output("version", "2.3.0").output("tag", "v2.3.0");   // later: ${{ steps.prepare.outputs.tag }}
 * actions.summary("## Release 2.3.0\n\n" + releaseNotes);
 * }</pre>
 *
 * <p>Outputs are written in the format GitHub documents: {@code name=value} for a one-line value,
 * and for a value with a line break the multi-line form {@code name<<DELIMITER}, the value,
 * {@code DELIMITER}, with a delimiter made of 128 random bits that does not occur as a line of the
 * value. A value or summary that contains a secret (the {@code GITHUB_TOKEN} / {@code GH_TOKEN} of
 * the environment, or a value given to {@link Builder#secret(String)}) is refused and nothing is
 * written: outputs reach later jobs and summaries the run's page, where masking is not guaranteed.
 * Each write replaces the file atomically with its old content plus the new record, so a failed
 * write leaves the file as it was; a file that would grow past {@link #MAX_FILE_BYTES} (GitHub's
 * limit for a step summary) is refused. GitHub reads {@code \r\n} in a multi-line value as a line
 * end. Thread-safe.
 */
public final class GitHubActionsOutput {
    /** The most bytes written to either file, GitHub's limit for a step summary (1 MiB). */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** The variable GitHub Actions sets to the step's output file. */
    public static final String OUTPUT_VARIABLE = "GITHUB_OUTPUT";
    /** The variable GitHub Actions sets to the step's summary file. */
    public static final String SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,99}");
    private static final List<String> TOKEN_VARIABLES = List.of("GITHUB_TOKEN", "GH_TOKEN");

    private final Path outputFile;
    private final Path summaryFile;
    private final List<String> secrets;
    private final RandomGenerator random;

    private GitHubActionsOutput(Builder b) {
        this.outputFile = b.outputFile;
        this.summaryFile = b.summaryFile;
        this.secrets = List.copyOf(b.secrets);
        this.random = b.random != null ? b.random : new SecureRandom();
    }

    /**
     * The files of the running step, from {@code GITHUB_OUTPUT} and {@code GITHUB_STEP_SUMMARY}; a
     * variable that is not set (outside Actions) turns that kind of write into nothing. The values
     * of {@code GITHUB_TOKEN} and {@code GH_TOKEN} are registered as secrets.
     *
     * @return the output
     */
    public static GitHubActionsOutput fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * As {@link #fromEnvironment()}, from the given variables.
     *
     * @param env the variables
     * @return the output
     */
    public static GitHubActionsOutput fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        Builder builder = builder();
        set(env, OUTPUT_VARIABLE).map(Path::of).ifPresent(builder::outputFile);
        set(env, SUMMARY_VARIABLE).map(Path::of).ifPresent(builder::summaryFile);
        TOKEN_VARIABLES.forEach(variable -> set(env, variable).ifPresent(builder::secret));
        return builder.build();
    }

    /**
     * A builder for explicit files.
     *
     * @return a builder with neither file
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The output file.
     *
     * @return the file step outputs go to, or empty when outputs are not written
     */
    public Optional<Path> outputFile() {
        return Optional.ofNullable(outputFile);
    }

    /**
     * The summary file.
     *
     * @return the file Markdown goes to, or empty when summaries are not written
     */
    public Optional<Path> summaryFile() {
        return Optional.ofNullable(summaryFile);
    }

    /**
     * Writes one step output; does nothing without an output file.
     *
     * @param name the output's name: a letter or {@code _}, then letters, digits, {@code -} or {@code _}
     * @param value the value, on one line or several
     * @return this
     * @throws InvalidInputException for a malformed name, a value holding a secret (the value is
     *     not part of the message) or a value with a lone surrogate (it has no UTF-8 form)
     * @throws ReleaseException when the file cannot be written or would grow past its bound
     */
    public GitHubActionsOutput output(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return outputs(Map.of(name, value));
    }

    /**
     * Writes several step outputs in one record, in the map's order; all or none of them are
     * written. Does nothing without an output file.
     *
     * @param values names and values, as for {@link #output(String, String)}
     * @return this
     * @throws InvalidInputException for a malformed name, a value holding a secret or a lone
     *     surrogate; nothing is written
     * @throws ReleaseException when the file cannot be written or would grow past its bound
     */
    public GitHubActionsOutput outputs(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        StringBuilder record = new StringBuilder();
        for (Map.Entry<String, String> entry : new LinkedHashMap<>(values).entrySet()) {
            String name = Objects.requireNonNull(entry.getKey(), "name");
            String value = Objects.requireNonNull(entry.getValue(), "value");
            if (!NAME.matcher(name).matches()) {
                throw new InvalidInputException("step output name", name, Messages.OUTPUT_NAME);
            }
            refuseSecrets("value of step output \"" + name + "\"", value);
            refuseBrokenText("value of step output \"" + name + "\"", value);
            if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
                record.append(name).append('=').append(value).append('\n');
            } else {
                String delimiter = delimiterFor(value);
                record.append(name).append("<<").append(delimiter).append('\n')
                        .append(value).append('\n').append(delimiter).append('\n');
            }
        }
        if (outputFile != null && record.length() > 0) {
            append(OUTPUT_VARIABLE, outputFile, record.toString());
        }
        return this;
    }

    /**
     * Appends Markdown to the step's summary (a line break is added when it lacks one); does
     * nothing without a summary file.
     *
     * @param markdown the Markdown
     * @return this
     * @throws InvalidInputException when the Markdown holds a secret (it is not part of the message)
     *     or a lone surrogate
     * @throws ReleaseException when the file cannot be written or would grow past its bound
     */
    public GitHubActionsOutput summary(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        refuseSecrets("step summary", markdown);
        refuseBrokenText("step summary", markdown);
        if (summaryFile != null && !markdown.isEmpty()) {
            append(SUMMARY_VARIABLE, summaryFile, markdown.endsWith("\n") ? markdown : markdown + "\n");
        }
        return this;
    }

    private void refuseSecrets(String what, String text) {
        for (String secret : secrets) {
            if (text.contains(secret)) {
                throw new InvalidInputException(what, "", Messages.NO_SECRET);
            }
        }
    }

    /** A lone surrogate has no UTF-8 form: written, it would silently become '?'. */
    private static void refuseBrokenText(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(what, "", Messages.WELL_FORMED_TEXT, i);
            }
        }
    }

    private String delimiterFor(String value) {
        HexFormat hex = HexFormat.of();
        while (true) {
            byte[] bits = new byte[16];
            random.nextBytes(bits);
            String delimiter = "ghadelimiter_" + hex.formatHex(bits);
            // GitHub ends the value at the first line equal to the delimiter; a random one that
            // happens to be in the value is drawn again.
            if (!value.contains(delimiter)) {
                return delimiter;
            }
        }
    }

    private synchronized void append(String variable, Path file, String record) {
        try {
            String existing;
            try {
                existing = new String(BoundedFiles.read(file, MAX_FILE_BYTES), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                existing = "";
            }
            String joined = existing + record;
            if (joined.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
                throw new ReleaseException(Messages.actionsFileTooLarge(variable, file, MAX_FILE_BYTES));
            }
            AtomicFiles.writeString(file, joined);
        } catch (BoundedFiles.TooLargeException e) {
            throw new ReleaseException(Messages.actionsFileTooLarge(variable, file, MAX_FILE_BYTES));
        } catch (IOException e) {
            throw new ReleaseException(Messages.actionsFileFailed(variable, file, String.valueOf(e.getMessage())));
        }
    }

    private static Optional<String> set(Map<String, String> env, String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The files, never the secrets.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "GitHubActionsOutput[output=" + (outputFile == null ? "none" : outputFile) + ", summary="
                + (summaryFile == null ? "none" : summaryFile) + ", secrets=" + secrets.size() + "]";
    }

    /** Builds a {@link GitHubActionsOutput}; not thread-safe. */
    public static final class Builder {
        private Path outputFile;
        private Path summaryFile;
        private final List<String> secrets = new ArrayList<>();
        private RandomGenerator random;

        private Builder() {
        }

        /**
         * Where step outputs go.
         *
         * @param file the file ({@code $GITHUB_OUTPUT} in Actions)
         * @return this
         */
        public Builder outputFile(Path file) {
            this.outputFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Where Markdown goes.
         *
         * @param file the file ({@code $GITHUB_STEP_SUMMARY} in Actions)
         * @return this
         */
        public Builder summaryFile(Path file) {
            this.summaryFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * A value that must never be written, such as a token or a webhook URL.
         *
         * @param secret the value
         * @return this
         * @throws InvalidInputException when it is blank (it would match every text)
         */
        public Builder secret(String secret) {
            Objects.requireNonNull(secret, "secret");
            if (secret.isBlank()) {
                throw new InvalidInputException("secret", "", "a value that is not blank");
            }
            secrets.add(secret);
            return this;
        }

        /**
         * Where the random bits of multi-line delimiters come from (default: a {@link SecureRandom}).
         *
         * @param random the source
         * @return this
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The output.
         *
         * @return the output
         */
        public GitHubActionsOutput build() {
            return new GitHubActionsOutput(this);
        }
    }
}
