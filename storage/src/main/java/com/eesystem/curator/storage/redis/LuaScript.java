package com.eesystem.curator.storage.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script kept as a resource next to this class and run with EVALSHA under its SHA-1. Values
 * reach a script only as KEYS and ARGV, never spliced into its text.
 */
record LuaScript(String name, String source, String sha) {

    static LuaScript resource(String name) {
        String file = name + ".lua";
        try (InputStream in = LuaScript.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Lua script " + file + " is missing from the classpath");
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LuaScript(name, source, sha1(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lua script " + file, e);
        }
    }

    private static String sha1(String source) {
        try {
            // Redis names a loaded script by the SHA-1 of its text, so we can EVALSHA without asking
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without SHA-1", e);
        }
    }
}
