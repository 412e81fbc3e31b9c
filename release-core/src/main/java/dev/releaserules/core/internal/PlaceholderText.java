package dev.releaserules.core.internal;

import dev.releaserules.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one placeholder grammar of every user-written text (pull request templates, changelog link
 * templates, channel names, notification templates) and its one engine. A placeholder is
 * {@code {name}} with a snake_case name: a lower-case letter, then lower-case letters, digits and
 * underscores. Any other brace is text. A brace pair around a camelCase or upper-case name
 * ({@code {cutoffCommit}}) is not a placeholder but is refused by {@link #requireKnown} when its
 * snake_case form is one, naming the form to write instead.
 */
public final class PlaceholderText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final Pattern NEAR_MISS = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String source;

    private PlaceholderText(String source) {
        this.source = source;
    }

    /**
     * Reads a text.
     *
     * @param source the text
     * @return the text with its placeholders
     */
    public static PlaceholderText of(String source) {
        return new PlaceholderText(Objects.requireNonNull(source, "source"));
    }

    /**
     * The text as written.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The placeholder names, in order of first use.
     *
     * @return the names
     */
    public List<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /**
     * Whether the text holds at least one placeholder.
     *
     * @return true when it does
     */
    public boolean hasPlaceholders() {
        return PLACEHOLDER.matcher(source).find();
    }

    /**
     * The first problem with the text's placeholders against the allowed names: an unknown
     * placeholder, or a camelCase name whose snake_case form is allowed (with that form).
     *
     * @param allowed the allowed names
     * @return the problem, naming the placeholder and what to write instead
     */
    public Optional<Problem> findProblem(Collection<String> allowed) {
        Matcher near = NEAR_MISS.matcher(source);
        while (near.find()) {
            String name = near.group(1);
            if (PLACEHOLDER.matcher(near.group()).matches()) {
                if (!allowed.contains(name)) {
                    return Optional.of(new Problem("{" + name + "}", near.start(), Optional.empty()));
                }
            } else {
                String snake = snakeCase(name);
                if (allowed.contains(snake)) {
                    return Optional.of(new Problem("{" + name + "}", near.start(), Optional.of("{" + snake + "}")));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a text with an unknown placeholder or an old camelCase one.
     *
     * @param allowed the allowed names
     * @param subject what the text is, such as {@code releaseTitle pull request template}
     * @return this text
     * @throws InvalidInputException naming the text, the placeholder, its position and the allowed names
     */
    public PlaceholderText requireKnown(Collection<String> allowed, String subject) {
        findProblem(allowed).ifPresent(p -> {
            throw new InvalidInputException(subject, source, p.describe(allowed), p.position());
        });
        return this;
    }

    /**
     * Fills the placeholders; one without a value stays as written.
     *
     * @param values name → text
     * @return the filled text
     */
    public String render(Map<String, String> values) {
        return render(values, UnaryOperator.identity());
    }

    /**
     * Fills the placeholders, each value passed through {@code escape} (URL-encoding, say); one
     * without a value stays as written.
     *
     * @param values name → text
     * @param escape applied to each value
     * @return the filled text
     */
    public String render(Map<String, String> values, UnaryOperator<String> escape) {
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : escape.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a text matches this one with every placeholder standing for any text (a channel name
     * pattern such as {@code #releases-{team}} against {@code #releases-payments}).
     *
     * @param text the text
     * @return true when it matches
     */
    public boolean matches(String text) {
        StringBuilder regex = new StringBuilder();
        int last = 0;
        Matcher m = PLACEHOLDER.matcher(source);
        while (m.find()) {
            regex.append(Pattern.quote(source.substring(last, m.start()))).append(".*");
            last = m.end();
        }
        regex.append(Pattern.quote(source.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    /**
     * The snake_case form of a camelCase name: {@code cutoffCommit} → {@code cutoff_commit}.
     *
     * @param name the name
     * @return its snake_case form
     */
    public static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /**
     * A placeholder that is not allowed.
     *
     * @param placeholder as written, such as {@code {cutoffCommit}}
     * @param position where it starts
     * @param replacement what to write instead, when a renamed placeholder was meant
     */
    public record Problem(String placeholder, int position, Optional<String> replacement) {
        /**
         * The problem as the tail of a message.
         *
         * @param allowed the allowed names
         * @return such as {@code the placeholder {cutoffCommit} is now written {cutoff_commit}}
         */
        public String describe(Collection<String> allowed) {
            List<String> known = new ArrayList<>();
            allowed.forEach(a -> known.add("{" + a + "}"));
            return replacement.map(r -> "snake_case placeholders: " + placeholder + " is now written " + r)
                    .orElse("only the placeholders " + String.join(", ", known) + "; " + placeholder + " is not one");
        }
    }
}
