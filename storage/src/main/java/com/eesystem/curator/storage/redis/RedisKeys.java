package com.eesystem.curator.storage.redis;

/** Checks the variable parts of key names, so a value can never change which key is addressed. */
final class RedisKeys {

    private RedisKeys() {}

    /**
     * A key part may not be blank nor contain ':' (our separator), braces (hash tags) or whitespace.
     * The message names the part and the value.
     */
    static String part(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": is blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '{' || c == '}' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(
                        name + ": \"" + value + "\" may not contain ':', '{', '}' or whitespace (Redis key part)");
            }
        }
        return value;
    }
}
