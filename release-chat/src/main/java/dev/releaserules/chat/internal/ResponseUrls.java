package dev.releaserules.chat.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Which {@code response_url}s a Slack request may name: only those under one of the allowed
 * prefixes (by default {@code https://hooks.slack.com/}), compared on scheme, host, port and path,
 * never a URL with user info. Anything else is refused with 400, before the command runs.
 */
public final class ResponseUrls {
    private ResponseUrls() {
    }

    /**
     * Checks a {@code response_url}.
     *
     * @param text the URL from the request
     * @param allowed the allowed prefixes
     * @return the URL
     */
    public static URI check(String text, List<URI> allowed) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new RequestRefused(400, Messages.responseUrlNotAllowed());
        }
        for (URI prefix : allowed) {
            if (matches(uri, prefix)) {
                return uri;
            }
        }
        throw new RequestRefused(400, Messages.responseUrlNotAllowed());
    }

    private static boolean matches(URI uri, URI prefix) {
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null || uri.getHost() == null
                || uri.getRawFragment() != null) {
            return false;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String prefixPath = prefix.getRawPath() == null || prefix.getRawPath().isEmpty() ? "/" : prefix.getRawPath();
        return uri.getScheme().equalsIgnoreCase(prefix.getScheme())
                && uri.getHost().toLowerCase(Locale.ROOT).equals(prefix.getHost().toLowerCase(Locale.ROOT))
                && port(uri) == port(prefix)
                && path.startsWith(prefixPath)
                && !path.contains("/../") && !path.contains("%2e") && !path.contains("%2E");
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
