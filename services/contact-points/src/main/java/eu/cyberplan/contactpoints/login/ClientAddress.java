package eu.cyberplan.contactpoints.login;

import io.micronaut.http.HttpRequest;

/**
 * The address a request came from, for the per-address login limit. The socket's peer: behind a reverse proxy that is
 * the proxy, so the limit is then the proxy's (Micronaut's client-address header setting is the place to change that).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
