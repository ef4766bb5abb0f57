package com.eesystem.curator.storage.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.SslVerifyMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the live layer's Redis is and how to log in.
 *
 * <p>{@code redis://host:port/db} is plain TCP, {@code rediss://} is TLS (verifying the server's
 * certificate and host name unless {@code verifyPeer} is off, e.g. for a self-signed test certificate).
 * An ACL user and password may come in the URL ({@code redis://user:password@host}) or separately; the
 * password never appears in {@link #toString()} or in any log line.
 *
 * @param host server host name or address
 * @param port server port, 1..65535
 * @param database logical database, 0..15 (ignored by Redis Cluster)
 * @param tls whether to connect with TLS ({@code rediss://})
 * @param verifyPeer whether TLS checks the certificate chain and host name
 * @param username ACL user; empty means the {@code default} user
 * @param password ACL password (or the legacy requirepass); empty means none
 * @param commandTimeout how long one command may take before it counts as "Redis unreachable"
 * @param connectTimeout how long opening a connection may take
 * @param trustedCertificates PEM file of the CA (or self-signed) certificates TLS trusts instead of the
 *     JDK's trust store (a private CA); empty means the JDK's trust store
 */
public record RedisSettings(
        String host,
        int port,
        int database,
        boolean tls,
        boolean verifyPeer,
        Optional<String> username,
        Optional<String> password,
        Duration commandTimeout,
        Duration connectTimeout,
        Optional<Path> trustedCertificates) {

    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

    public RedisSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(trustedCertificates, "trustedCertificates");
        if (host.isBlank()) {
            throw new IllegalArgumentException("redis host: is blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("redis port: " + port + " is not in 1..65535");
        }
        if (database < 0 || database > 15) {
            throw new IllegalArgumentException("redis database: " + database + " is not in 0..15");
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("redis commandTimeout: " + commandTimeout + " is not positive");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("redis connectTimeout: " + connectTimeout + " is not positive");
        }
        if (password.isPresent() && password.get().isEmpty()) {
            password = Optional.empty();
        }
        if (username.isPresent() && username.get().isBlank()) {
            username = Optional.empty();
        }
    }

    /**
     * Reads a {@code redis://} or {@code rediss://} URL: {@code [user[:password]@]host[:port][/database]}.
     * A bad URL fails naming the setting and the (masked) value.
     */
    public static RedisSettings fromUrl(String url) {
        Objects.requireNonNull(url, "redis url");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("redis url: \"" + mask(url) + "\" is not a URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw new IllegalArgumentException(
                    "redis url: \"" + mask(url) + "\" must start with redis:// or rediss:// (TLS)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("redis url: \"" + mask(url) + "\" names no host");
        }
        boolean tls = "rediss".equals(scheme);
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        int database = 0;
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            try {
                database = Integer.parseInt(path.substring(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "redis url: database \"" + path.substring(1) + "\" is not a number", e);
            }
        }
        Optional<String> user = Optional.empty();
        Optional<String> secret = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                // redis://secret@host is the legacy requirepass form: a password without a user
                secret = Optional.of(decode(userInfo));
            } else {
                user = Optional.of(decode(userInfo.substring(0, colon)));
                secret = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        return new RedisSettings(
                uri.getHost(),
                port,
                database,
                tls,
                true,
                user,
                secret,
                DEFAULT_COMMAND_TIMEOUT,
                DEFAULT_CONNECT_TIMEOUT,
                Optional.empty());
    }

    public RedisSettings withCredentials(String user, String secret) {
        return new RedisSettings(
                host,
                port,
                database,
                tls,
                verifyPeer,
                Optional.ofNullable(user),
                Optional.ofNullable(secret),
                commandTimeout,
                connectTimeout,
                trustedCertificates);
    }

    public RedisSettings withVerifyPeer(boolean verify) {
        return new RedisSettings(
                host,
                port,
                database,
                tls,
                verify,
                username,
                password,
                commandTimeout,
                connectTimeout,
                trustedCertificates);
    }

    public RedisSettings withTimeouts(Duration command, Duration connect) {
        return new RedisSettings(
                host, port, database, tls, verifyPeer, username, password, command, connect, trustedCertificates);
    }

    /** Trusts the certificates in this PEM file for TLS (a private CA or a self-signed server). */
    public RedisSettings withTrustedCertificates(Path pemFile) {
        return new RedisSettings(
                host,
                port,
                database,
                tls,
                verifyPeer,
                username,
                password,
                commandTimeout,
                connectTimeout,
                Optional.of(pemFile));
    }

    /** The URL without the password, for logs and the settings screen. */
    public String displayUrl() {
        String credentials = username.map(user -> user + (password.isPresent() ? ":****@" : "@"))
                .orElse(password.isPresent() ? "****@" : "");
        return (tls ? "rediss://" : "redis://") + credentials + host + ":" + port + "/" + database;
    }

    RedisURI toRedisUri() {
        RedisURI.Builder builder = RedisURI.builder()
                .withHost(host)
                .withPort(port)
                .withDatabase(database)
                .withSsl(tls)
                .withTimeout(commandTimeout);
        if (tls) {
            builder.withVerifyPeer(verifyPeer ? SslVerifyMode.FULL : SslVerifyMode.NONE);
        }
        if (password.isPresent()) {
            if (username.isPresent()) {
                builder.withAuthentication(username.get(), password.get().toCharArray());
            } else {
                builder.withPassword(password.get().toCharArray());
            }
        }
        return builder.build();
    }

    @Override
    public String toString() {
        return "RedisSettings[" + displayUrl() + ", verifyPeer=" + verifyPeer + ", commandTimeout=" + commandTimeout
                + ", connectTimeout=" + connectTimeout
                + trustedCertificates
                        .map(file -> ", trustedCertificates=" + file)
                        .orElse("") + "]";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Hides whatever sits between "://" and "@" so a password in a bad URL never reaches a message. */
    private static String mask(String url) {
        int at = url.lastIndexOf('@');
        int start = url.indexOf("://");
        if (at < 0 || start < 0 || at < start) {
            return url;
        }
        return url.substring(0, start + 3) + "****" + url.substring(at);
    }
}
