package com.eesystem.curator.domain.review;

import java.util.Arrays;
import java.util.Base64;

/**
 * A reviewer's Ed25519 signature over {@link ReviewDecision#signedPayload()}, made offline with the
 * reviewer's private key so a decision synced later can be trusted to come from that reviewer.
 */
public record ReviewSignature(byte[] bytes) {

    /** Ed25519 signatures are always 64 bytes (RFC 8032). */
    public static final int LENGTH = 64;

    public ReviewSignature {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException(
                    "signature: " + (bytes == null ? "null" : bytes.length + " bytes") + ", Ed25519 needs " + LENGTH);
        }
        bytes = bytes.clone();
    }

    public static ReviewSignature fromBase64(String text) {
        try {
            return new ReviewSignature(Base64.getDecoder().decode(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException notBase64) {
            if (notBase64.getMessage() != null && notBase64.getMessage().startsWith("signature:")) {
                throw notBase64;
            }
            throw new IllegalArgumentException("signature: \"" + text + "\" is not base64", notBase64);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewSignature that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ReviewSignature[" + base64() + "]";
    }
}
