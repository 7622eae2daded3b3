package io.gan4j.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other web sites from driving a local gan4j. A page elsewhere can make the browser send
 * requests here; the browser then names that page's origin, so a state-changing request must come
 * from this server's own origin. And a page that rebinds its own DNS name to 127.0.0.1 reaches us
 * under its name: requests must name a host this server answers to.
 */
final class RequestGuard {
    private final Set<String> hosts;

    /** @param hosts the names (host:port) this server answers to; empty: any (bound to every interface) */
    RequestGuard(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }

    /** Every request: its Host header must be one of ours. */
    void checkHost(String host) {
        if (hosts.isEmpty()) return;
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw WebException.forbidden("this server answers to " + String.join(", ", hosts.stream().sorted().toList()) + ", not '" + host + "'");
        }
    }

    /** State-changing requests: a browser's Origin must be the host it asked (tools without one, like curl, may call). */
    void checkOrigin(String origin, String host) {
        if (origin == null) return;
        String from;
        try {
            URI uri = URI.create(origin);
            from = "http".equals(uri.getScheme()) && uri.getHost() != null ? uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) : null;
        } catch (IllegalArgumentException e) {
            from = null;
        }
        if (from == null || host == null || !from.equalsIgnoreCase(host)) {
            throw WebException.forbidden("requests that change something must come from this server's page, not from " + origin);
        }
    }
}
