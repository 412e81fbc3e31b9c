package dev.releaserules.notify;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.PlaceholderText;
import dev.releaserules.notify.internal.DefaultTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template with {@code {placeholder}} slots, such as
 * {@code "Sign-off required for {component} in release {release_id}"} (R-NT).
 *
 * <p>A placeholder is {@code {}, a name of lower-case letters, digits and underscores starting
 * with a letter, and {@code }}; any other brace is literal text. Templates are plain text: each
 * channel escapes the rendered text for its own markup, so attribute values can never inject it.
 * One form is markup (R-N2): {@code <{pull_request_url}|PR #{pull_request}>} is a link on channels
 * that have links (Slack, Telegram, Discord) to the address the event carries, and just its label
 * when the event has no such address. Trailing blank space (an empty last placeholder) is dropped.
 *
 * @param source the template text
 */
public record Template(String source) {

    /** Validates the source. */
    public Template {
        Checks.notNull(source, "template");
    }

    /**
     * A template from its text.
     *
     * @param source the template text
     * @return the template
     */
    public static Template of(String source) {
        return new Template(source);
    }

    /**
     * The built-in template for an event type: a one-line summary using the type's placeholders.
     *
     * @param type the event type
     * @return the default template; its placeholders are all allowed for {@code type}
     */
    public static Template defaultFor(EventType type) {
        return new Template(DefaultTemplates.of(Checks.notNull(type, "type")));
    }

    /**
     * The placeholder names the template uses, in order of first use.
     *
     * @return the names, without braces
     */
    public List<String> placeholders() {
        return PlaceholderText.of(source).placeholders();
    }

    /**
     * The placeholders this template uses that events of a type do not provide.
     *
     * @param type the event type
     * @return the unknown names, empty when the template fits the type
     */
    public List<String> unknownPlaceholders(EventType type) {
        Set<String> allowed = Checks.notNull(type, "type").allowedPlaceholders();
        List<String> unknown = new ArrayList<>();
        for (String name : placeholders()) {
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        // A camelCase name of an allowed placeholder is text under the one grammar: refuse it by name.
        PlaceholderText.of(source).findProblem(allowed).filter(p -> p.replacement().isPresent())
                .ifPresent(p -> unknown.add(p.placeholder().substring(1, p.placeholder().length() - 1)));
        return unknown;
    }

    /**
     * Fills the placeholders. A placeholder missing from {@code values} stays as written, so a
     * rendering never fails; configuration loading refuses such templates beforehand.
     *
     * @param values text per placeholder name
     * @return the rendered text
     */
    public String render(Map<String, String> values) {
        Checks.notNull(values, "values");
        // A link to an address the event does not know, <{run_url}|the run>, is its label alone.
        Matcher link = EMPTY_LINK.matcher(source);
        StringBuilder text = new StringBuilder();
        while (link.find()) {
            String url = values.get(link.group(1));
            link.appendReplacement(text, Matcher.quoteReplacement(url != null && url.isEmpty() ? link.group(2)
                    : link.group()));
        }
        link.appendTail(text);
        return PlaceholderText.of(text.toString()).render(values).stripTrailing();
    }

    private static final Pattern EMPTY_LINK = Pattern.compile("<\\{([a-z][a-z0-9_]*_url)}\\|([^>]*)>");
}
