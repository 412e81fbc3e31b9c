package dev.releaserules.core.manifest;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Quotes every string a YAML 1.1 reader (PyYAML, SnakeYAML's defaults, many CI steps) would read as
 * something else: timestamps such as {@code 2024-01-15T10:00:00Z}, {@code yes}/{@code off},
 * sexagesimal and underscored numbers, {@code ~}. So every common reader sees the strings the
 * manifest held, not dates or booleans.
 */
final class Yaml11Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Resolver YAML_11 = new Resolver();

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || !plainIsString(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || !plainIsString(name);
    }

    private static boolean plainIsString(String text) {
        return Tag.STR.equals(YAML_11.resolve(NodeId.scalar, text, true));
    }
}
