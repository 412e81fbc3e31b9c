package dev.releaserules.notify;

import dev.releaserules.core.internal.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code ${env:NAME}} references in notification configuration are looked up. Injected, so
 * tests need no real environment variables.
 */
@FunctionalInterface
public interface Environment {

    /**
     * Looks up a variable.
     *
     * @param name the variable name, such as {@code SLACK_WEBHOOK_URL}
     * @return the value, or empty when the variable is not set
     */
    Optional<String> find(String name);

    /**
     * The process environment ({@link System#getenv(String)}).
     *
     * @return the process environment
     */
    static Environment system() {
        return name -> Optional.ofNullable(System.getenv(name));
    }

    /**
     * A fixed environment, for tests and embedding.
     *
     * @param variables the variables
     * @return an environment holding exactly these variables
     */
    static Environment of(Map<String, String> variables) {
        Map<String, String> copy = Checks.mapCopy(variables, "variables");
        return name -> Optional.ofNullable(copy.get(name));
    }
}
