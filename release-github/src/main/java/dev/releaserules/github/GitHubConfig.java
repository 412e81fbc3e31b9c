package dev.releaserules.github;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.github.internal.Messages;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach a repository on GitHub: owner and name, the API base (GitHub Enterprise Server has
 * its own), the token, and the limits every call keeps to. Immutable and thread-safe; built with
 * {@link #builder()} or read from the variables GitHub Actions sets with {@link #fromEnvironment()}.
 *
 * <p>The token is never part of {@link #toString()}, of a log line or of an exception message.
 *
 * <pre>{@code
 * GitHubConfig config = GitHubConfig.builder()
 *         .repository("octo-org/shop")
 *         .token(System.getenv("GITHUB_TOKEN"))
 *         .apiBase(URI.create("https://github.example.com/api/v3"))   // GHES; api.github.com by default
 *         .build();
 * }</pre>
 */
public final class GitHubConfig {
    /** The public GitHub API. */
    public static final URI DEFAULT_API_BASE = URI.create("https://api.github.com");
    /** The REST API version every call asks for. */
    public static final String API_VERSION = "2022-11-28";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private final String owner;
    private final String repo;
    private final URI apiBase;
    private final String token;
    private final String userAgent;
    private final Duration connectTimeout;
    private final Duration answerTimeout;
    private final Duration bodyTimeout;
    private final Duration callBudget;
    private final int maxPages;
    private final int maxAttempts;
    private final long maxBodyBytes;

    private GitHubConfig(Builder b) {
        if (b.owner == null) {
            throw new InvalidInputException("repository", "", Messages.REPOSITORY);
        }
        if (b.token == null || b.token.isBlank()) {
            throw new InvalidInputException("token", "", Messages.TOKEN);
        }
        this.owner = b.owner;
        this.repo = b.repo;
        this.apiBase = b.apiBase;
        this.token = b.token;
        this.userAgent = b.userAgent;
        this.connectTimeout = b.connectTimeout;
        this.answerTimeout = b.answerTimeout;
        this.bodyTimeout = b.bodyTimeout;
        this.callBudget = b.callBudget;
        this.maxPages = b.maxPages;
        this.maxAttempts = b.maxAttempts;
        this.maxBodyBytes = b.maxBodyBytes;
    }

    /**
     * A builder with the defaults: {@code https://api.github.com}, connect 10 s, answer 30 s, body
     * 30 s, 60 s per call including waits for rate limits and retries, 10 pages of 100 per list, 3
     * attempts for idempotent calls, 10 MB per answer.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the configuration from the variables GitHub Actions sets: {@code GITHUB_TOKEN} (else
     * {@code GH_TOKEN}), {@code GITHUB_REPOSITORY} ({@code owner/name}) and {@code GITHUB_API_URL}
     * (optional; set on GitHub Enterprise Server).
     *
     * @return the configuration
     * @throws InvalidInputException naming every missing or malformed variable
     */
    public static GitHubConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Reads the configuration from the given variables, as {@link #fromEnvironment()} does.
     *
     * @param env the variables
     * @return the configuration
     * @throws InvalidInputException naming every missing or malformed variable
     */
    public static GitHubConfig fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        List<String> missing = new ArrayList<>();
        String token = firstSet(env, "GITHUB_TOKEN", "GH_TOKEN");
        if (token == null) {
            missing.add("GITHUB_TOKEN (or GH_TOKEN)");
        }
        String repository = firstSet(env, "GITHUB_REPOSITORY");
        if (repository == null) {
            missing.add("GITHUB_REPOSITORY");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("environment", "", Messages.missingVariables(missing));
        }
        Builder builder = builder().repository(repository).token(token);
        String api = firstSet(env, "GITHUB_API_URL");
        if (api != null) {
            builder.apiBase(parseBase(api, "GITHUB_API_URL"));
        }
        return builder.build();
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static URI parseBase(String text, String what) {
        try {
            URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new InvalidInputException(what, text, Messages.API_BASE);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(what, text, Messages.API_BASE);
        }
    }

    /**
     * The repository's owner (user or organisation).
     *
     * @return the owner
     */
    public String owner() {
        return owner;
    }

    /**
     * The repository's name.
     *
     * @return the name
     */
    public String repo() {
        return repo;
    }

    /**
     * The API base every path is appended to.
     *
     * @return for example {@code https://api.github.com}, without a trailing slash
     */
    public URI apiBase() {
        return apiBase;
    }

    /**
     * The {@code User-Agent} header sent with every call.
     *
     * @return the user agent
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * How long connecting may take.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How long GitHub may take to start answering (the status and headers).
     *
     * @return the answer timeout
     */
    public Duration answerTimeout() {
        return answerTimeout;
    }

    /**
     * How long reading an answer's body may take once it started; a body that stalls ends here.
     *
     * @return the body timeout
     */
    public Duration bodyTimeout() {
        return bodyTimeout;
    }

    /**
     * How long one operation may take in all, including waits for rate limits and retries.
     *
     * @return the budget
     */
    public Duration callBudget() {
        return callBudget;
    }

    /**
     * How many pages of 100 a list may read before the call fails with
     * {@link GitHubException.Problem#TOO_MANY_PAGES}.
     *
     * @return the page bound
     */
    public int maxPages() {
        return maxPages;
    }

    /**
     * How many times an idempotent call is tried on a 5xx answer or a network failure.
     *
     * @return the attempts, at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The largest answer body read.
     *
     * @return bytes
     */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * The token. Package-private on purpose: only the HTTP client sends it.
     *
     * @return the token
     */
    String token() {
        return token;
    }

    @Override
    public String toString() {
        return "GitHubConfig[" + owner + "/" + repo + " at " + apiBase + ", token=***]";
    }

    /** Builds a {@link GitHubConfig}; each setter validates its argument at once. Not thread-safe. */
    public static final class Builder {
        private String owner;
        private String repo;
        private URI apiBase = DEFAULT_API_BASE;
        private String token;
        private String userAgent = "release-rules";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration answerTimeout = Duration.ofSeconds(30);
        private Duration bodyTimeout = Duration.ofSeconds(30);
        private Duration callBudget = Duration.ofSeconds(60);
        private int maxPages = 10;
        private int maxAttempts = 3;
        private long maxBodyBytes = 10L * 1024 * 1024;

        private Builder() {
        }

        /**
         * The repository as {@code owner/name}.
         *
         * @param value such as {@code octo-org/shop}
         * @return this builder
         * @throws InvalidInputException when it is not {@code owner/name}
         */
        public Builder repository(String value) {
            String text = Objects.requireNonNull(value, "repository").strip();
            int slash = text.indexOf('/');
            if (slash < 0 || !NAME.matcher(text.substring(0, slash)).matches()
                    || !NAME.matcher(text.substring(slash + 1)).matches()) {
                throw new InvalidInputException("repository", value, Messages.REPOSITORY);
            }
            this.owner = text.substring(0, slash);
            this.repo = text.substring(slash + 1);
            return this;
        }

        /**
         * The API base: {@code https://api.github.com} (the default) or a GitHub Enterprise Server's
         * {@code https://HOST/api/v3}.
         *
         * @param value the base URI, http or https, without query
         * @return this builder
         * @throws InvalidInputException when it is not such a URI
         */
        public Builder apiBase(URI value) {
            this.apiBase = parseBase(Objects.requireNonNull(value, "apiBase").toString(), "API base");
            return this;
        }

        /**
         * The token: a GitHub App installation token, {@code GITHUB_TOKEN} of a workflow, or a
         * fine-grained personal access token.
         *
         * @param value the token, not blank; it never appears in text the library writes
         * @return this builder
         */
        public Builder token(String value) {
            if (value == null || value.isBlank() || value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new InvalidInputException("token", "", Messages.TOKEN);
            }
            this.token = value;
            return this;
        }

        /**
         * The {@code User-Agent} header; {@code release-rules} unless set.
         *
         * @param value the user agent, not blank
         * @return this builder
         */
        public Builder userAgent(String value) {
            if (value == null || value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new InvalidInputException("user agent", String.valueOf(value), "printable ASCII text");
            }
            this.userAgent = value;
            return this;
        }

        /**
         * How long connecting may take.
         *
         * @param value positive
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connect timeout");
            return this;
        }

        /**
         * How long GitHub may take to start answering.
         *
         * @param value positive
         * @return this builder
         */
        public Builder answerTimeout(Duration value) {
            this.answerTimeout = positive(value, "answer timeout");
            return this;
        }

        /**
         * How long reading an answer's body may take.
         *
         * @param value positive
         * @return this builder
         */
        public Builder bodyTimeout(Duration value) {
            this.bodyTimeout = positive(value, "body timeout");
            return this;
        }

        /**
         * How long one operation may take in all, waits for rate limits and retries included.
         *
         * @param value positive
         * @return this builder
         */
        public Builder callBudget(Duration value) {
            this.callBudget = positive(value, "call budget");
            return this;
        }

        /**
         * How many pages a list may read.
         *
         * @param value 1 to 1000
         * @return this builder
         */
        public Builder maxPages(int value) {
            if (value < 1 || value > 1000) {
                throw new InvalidInputException("page bound", Integer.toString(value), "1 to 1000");
            }
            this.maxPages = value;
            return this;
        }

        /**
         * How many times an idempotent call is tried.
         *
         * @param value 1 to 10
         * @return this builder
         */
        public Builder maxAttempts(int value) {
            if (value < 1 || value > 10) {
                throw new InvalidInputException("attempts", Integer.toString(value), "1 to 10");
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * The largest answer body read.
         *
         * @param value 1 KB to 100 MB
         * @return this builder
         */
        public Builder maxBodyBytes(long value) {
            if (value < 1024 || value > 100L * 1024 * 1024) {
                throw new InvalidInputException("body limit", Long.toString(value), "1 KB to 100 MB");
            }
            this.maxBodyBytes = value;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws InvalidInputException when the repository or the token was not set
         */
        public GitHubConfig build() {
            return new GitHubConfig(this);
        }

        private static Duration positive(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) {
                throw new InvalidInputException(what, value.toString(), "a positive duration");
            }
            return value;
        }
    }
}
