package dev.releaserules.core.flow;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.event.Links;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.internal.PlaceholderText;
import java.util.List;
import java.util.Map;

/**
 * How the flow makes links for its events (R-NT): URL templates for a pull request
 * ({@code {number}}), a comparison of two tags ({@code {from}}, {@code {to}}), a release page
 * ({@code {tag}}) and a workflow's runs ({@code {workflow}}), in the one template grammar. An empty
 * template makes no link. {@link #none()} unless configured; {@link #github(String)} for a GitHub
 * repository.
 *
 * <pre>{@code
 * QuickReleaseRules rules = QuickReleaseRules.builder()
 *         .links(ReleaseLinks.github("https://github.com/acme/shop")).build();
 * }</pre>
 *
 * @param pullRequest the pull request page, such as {@code https://github.com/acme/shop/pull/{number}}
 * @param compare the comparison page, such as {@code https://github.com/acme/shop/compare/{from}...{to}}
 * @param release the release page, such as {@code https://github.com/acme/shop/releases/tag/{tag}}
 * @param workflow a workflow's runs, such as {@code https://github.com/acme/shop/actions/workflows/{workflow}}
 */
public record ReleaseLinks(String pullRequest, String compare, String release, String workflow) {

    /** Validates the templates: each is empty or an http(s) URL using only its own placeholders. */
    public ReleaseLinks {
        check(pullRequest, "pull request link", List.of("number"));
        check(compare, "compare link", List.of("from", "to"));
        check(release, "release link", List.of("tag"));
        check(workflow, "workflow link", List.of("workflow"));
    }

    /**
     * No links.
     *
     * @return templates that are all empty
     */
    public static ReleaseLinks none() {
        return new ReleaseLinks("", "", "", "");
    }

    /**
     * The links of a GitHub repository.
     *
     * @param repositoryUrl the repository's page, such as {@code https://github.com/acme/shop}
     * @return the templates
     * @throws InvalidInputException when the URL is not an http(s) URL
     */
    public static ReleaseLinks github(String repositoryUrl) {
        String base = Checks.notBlank(repositoryUrl, "repositoryUrl").replaceAll("/+$", "");
        if (base.contains("{") || base.contains("}")) {
            throw new InvalidInputException("repository URL", repositoryUrl, "a URL without '{' or '}'");
        }
        return new ReleaseLinks(base + "/pull/{number}", base + "/compare/{from}...{to}",
                base + "/releases/tag/{tag}", base + "/actions/workflows/{workflow}");
    }

    /**
     * The link to a pull request.
     *
     * @param number its number; 0 (none opened) makes no link
     * @return the URL, or empty
     */
    public String pullRequest(int number) {
        return number <= 0 ? "" : render(pullRequest, Map.of("number", Integer.toString(number)));
    }

    /**
     * The link comparing two tags.
     *
     * @param from the older tag, or empty (none: no link)
     * @param to the newer tag
     * @return the URL, or empty
     */
    public String compare(String from, String to) {
        return Checks.notNull(from, "from").isEmpty() ? "" : render(compare, Map.of("from", from, "to",
                Checks.notBlank(to, "to")));
    }

    /**
     * The link to a release page.
     *
     * @param tag the release's tag
     * @return the URL, or empty
     */
    public String release(String tag) {
        return render(release, Map.of("tag", Checks.notBlank(tag, "tag")));
    }

    /**
     * The link to a workflow's runs.
     *
     * @param name the workflow's file name, such as {@code release.yaml}
     * @return the URL, or empty
     */
    public String workflow(String name) {
        return render(workflow, Map.of("workflow", Checks.notBlank(name, "workflow")));
    }

    private static String render(String template, Map<String, String> values) {
        return template.isEmpty() ? "" : PlaceholderText.of(template).render(values, ReleaseLinks::encode);
    }

    /** A value as a URL path part: what a tag or branch name may hold stays readable, the rest is encoded. */
    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2F", "/").replace("%40", "@");
    }

    private static void check(String template, String subject, List<String> allowed) {
        Checks.notNull(template, subject);
        if (template.isEmpty()) {
            return;
        }
        if (!template.startsWith("https://") && !template.startsWith("http://")) {
            throw new InvalidInputException(subject, template, "an http(s) URL template or the empty string");
        }
        PlaceholderText.of(template).requireKnown(allowed, subject);
    }
}
