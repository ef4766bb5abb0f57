package com.eesystem.curator.domain.generation;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to generate: generation_queue.prompt_data, the payload of content_generation_queue, and the
 * key of the content_gen:{hash} cache.
 *
 * <h2>Canonical form</h2>
 *
 * {@link #canonicalForm()} writes the request as one line of JSON with every object's keys in
 * ascending code-point order and no whitespace between tokens:
 *
 * <pre>{"content_type":"reel","parameters":{"tone":"calm"},"platform":"instagram","prompt":"..."}</pre>
 *
 * Enum values are their stored text. Strings are written as they are (no trimming, no Unicode
 * normalisation: requests that differ in any character are different); the only escapes are a
 * backslash before {@code "} and before a backslash, and a six-character backslash-u escape with
 * four lowercase hex digits for every control character below U+0020 (so a newline becomes
 * backslash, u, 0, 0, 0, a). {@link #cacheKeyHash()} is the SHA-256 of the canonical form's
 * UTF-8 bytes in lowercase hex (64 characters). The order in which parameters were put into the map
 * therefore never changes the hash. Changing this format invalidates every cached generation: keep
 * it, or version the cache key.
 *
 * @param parameters template variables and options (tone, length, template id ...), kept sorted
 */
public record GenerationRequest(
        ContentType contentType, Platform platform, String prompt, SortedMap<String, String> parameters) {

    public GenerationRequest {
        Objects.requireNonNull(contentType, "content_type");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(prompt, "prompt");
        if (prompt.isBlank()) {
            throw new IllegalArgumentException(
                    "prompt: is blank (" + contentType.storedValue() + " for " + platform.storedValue() + ")");
        }
        Objects.requireNonNull(parameters, "parameters");
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("parameters: key \"" + key + "\" is blank");
            }
            if (value == null) {
                throw new IllegalArgumentException("parameters." + key + ": is null");
            }
            sorted.put(key, value);
        });
        parameters = Collections.unmodifiableSortedMap(sorted);
    }

    /** A request with parameters in any map; they are sorted on the way in. */
    public static GenerationRequest of(
            ContentType contentType, Platform platform, String prompt, Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return new GenerationRequest(contentType, platform, prompt, new TreeMap<>(parameters));
    }

    public static GenerationRequest of(ContentType contentType, Platform platform, String prompt) {
        return of(contentType, platform, prompt, Map.of());
    }

    /** The canonical JSON text described in the class comment. */
    public String canonicalForm() {
        StringBuilder out = new StringBuilder(prompt.length() + 96);
        out.append("{\"content_type\":");
        appendString(out, contentType.storedValue());
        out.append(",\"parameters\":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, entry.getKey());
            out.append(':');
            appendString(out, entry.getValue());
        }
        out.append("},\"platform\":");
        appendString(out, platform.storedValue());
        out.append(",\"prompt\":");
        appendString(out, prompt);
        return out.append('}').toString();
    }

    /** SHA-256 of the canonical form's UTF-8 bytes, 64 lowercase hex digits. */
    public String cacheKeyHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
