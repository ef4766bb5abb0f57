package com.eesystem.curator.app.config;

import java.net.InetSocketAddress;

/** Reads {@code host:port} (port 9042 when left out), naming the setting in every refusal. */
public final class HostPort {

    public static final int CQL_PORT = 9042;

    private HostPort() {}

    /** Parses; a host that does not resolve stays unresolved and fails when the driver connects, naming it. */
    public static InetSocketAddress parse(String setting, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(setting + ": \"\" is not host:port");
        }
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            return new InetSocketAddress(value, CQL_PORT);
        }
        String host = value.substring(0, colon).strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException(setting + ": \"" + value + "\" is not host:port");
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + ": \"" + value + "\" is not host:port");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(setting + ": port " + port + " in \"" + value + "\" is not 1..65535");
        }
        return new InetSocketAddress(host, port);
    }
}
