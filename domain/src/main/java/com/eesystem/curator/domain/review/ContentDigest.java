package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SHA-256 (lower-case hex) of a content body's canonical text: every field of the body, length-prefixed,
 * lists in order, platform specs sorted by key. Revision numbers are counted per desktop (a pulled edit is
 * a new local revision), so a decision that travels between desktops names the exact content it was made
 * on by this digest as well.
 */
public record ContentDigest(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentDigest {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("content_digest: \"" + hex + "\" is not a SHA-256 hex digest");
        }
    }

    public static ContentDigest of(ContentBody body) {
        StringBuilder text = new StringBuilder("curator-content-body/1\n");
        field(text, body.title());
        field(text, body.description());
        field(text, body.contentType().storedValue());
        list(text, body.platforms().stream().map(Platform::storedValue).toList());
        field(text, body.caption());
        field(text, body.scriptContent());
        list(text, body.hashtags());
        list(text, body.mediaPrompts());
        Map<String, String> specs = new TreeMap<>(body.platformSpecs());
        field(text, Integer.toString(specs.size()));
        specs.forEach((key, value) -> {
            field(text, key);
            field(text, value);
        });
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new ContentDigest(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", missing);
        }
    }

    private static void list(StringBuilder text, List<String> values) {
        field(text, Integer.toString(values.size()));
        values.forEach(value -> field(text, value));
    }

    static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append('\n');
    }

    @Override
    public String toString() {
        return hex;
    }
}
