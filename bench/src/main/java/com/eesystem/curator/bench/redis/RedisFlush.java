package com.eesystem.curator.bench.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** FLUSHALL on a server given by URL, between benchmark iterations (plain RESP, no client state). */
final class RedisFlush {

    private RedisFlush() {}

    static void flushAll(String url) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write("*1\r\n$8\r\nFLUSHALL\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            int c;
            while ((c = socket.getInputStream().read()) != -1 && c != '\n') {
                // read "+OK\r\n"
            }
        } catch (IOException e) {
            throw new UncheckedIOException("FLUSHALL on " + url, e);
        }
    }
}
