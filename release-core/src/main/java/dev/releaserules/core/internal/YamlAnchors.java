package dev.releaserules.core.internal;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Finds anchors in a YAML document, on scalars too: Jackson's streaming parser reports aliases and
 * anchors on mappings and lists, but not an anchor on a scalar, and readers that refuse anchors
 * must see every one.
 */
public final class YamlAnchors {
    private YamlAnchors() {
    }

    /**
     * An anchor and where it stands.
     *
     * @param name the anchor's name
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public record Found(String name, int line, int column) {
    }

    /**
     * The first anchor of a document ({@code &name}, not an alias).
     *
     * @param yaml the document
     * @return the anchor, or empty when there is none or the document is not YAML (the reader proper
     *     reports that, with its position)
     */
    public static Optional<Found> first(String yaml) {
        if (yaml.indexOf('&') < 0) {
            // No anchor indicator anywhere: spare the second parse.
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), yaml.length() + 1));
        try {
            for (Event event : new Yaml(options).parse(new StringReader(yaml))) {
                if (event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor() != null) {
                    Mark at = event.getStartMark();
                    return Optional.of(new Found(node.getAnchor(), at.getLine() + 1, at.getColumn() + 1));
                }
            }
        } catch (RuntimeException | StackOverflowError notYaml) {
            // A syntax error, or a nesting deeper than any reader here accepts: the reader proper refuses it.
        }
        return Optional.empty();
    }
}
