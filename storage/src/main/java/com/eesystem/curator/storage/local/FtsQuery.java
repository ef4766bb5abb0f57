package com.eesystem.curator.storage.local;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed into a safe FTS5 MATCH expression. FTS5 has its own syntax (AND, OR, NEAR,
 * column filters, parentheses) and fails on a stray quote or dash; users type plain words. So every
 * word becomes a quoted string, {@code "two words"} stays a phrase, a trailing {@code *} keeps a prefix
 * search, and all terms must match. Only an unclosed quote is refused, with its position.
 */
final class FtsQuery {

    private FtsQuery() {}

    /** The MATCH expression, or empty when the text holds no searchable word. */
    static String of(String userText) {
        if (userText == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        int i = 0;
        int length = userText.length();
        while (i < length) {
            char c = userText.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = userText.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("search \"" + userText + "\": the quote at position " + (i + 1)
                            + " is not closed; close it or remove it");
                }
                add(terms, userText.substring(i + 1, close), false);
                i = close + 1;
            } else {
                int end = i;
                while (end < length && !Character.isWhitespace(userText.charAt(end)) && userText.charAt(end) != '"') {
                    end++;
                }
                String word = userText.substring(i, end);
                boolean prefix = word.endsWith("*");
                add(terms, prefix ? word.substring(0, word.length() - 1) : word, prefix);
                i = end;
            }
        }
        return String.join(" ", terms);
    }

    private static void add(List<String> terms, String text, boolean prefix) {
        String stripped = text.replace("*", " ").strip();
        if (stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return; // punctuation alone matches nothing in the unicode61 tokenizer
        }
        terms.add("\"" + stripped.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""));
    }
}
