package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A caption prepared for matching: lower-cased, with look-alike characters undone (d1abetes, curly
 * quotes, the pill and syringe emoji) and split into tokens that keep their span in the original text, their
 * sentence and their clause. Hashtags are kept whole (for disclosures) and also split into the words
 * they run together (#CancerFree: cancer, free) so claims inside tags are read as claims.
 */
final class NormalizedText {

    enum Kind {
        WORD,
        NUMBER,
        HASHTAG,
        SEGMENT,
        MENTION
    }

    /**
     * One token. {@code start}/{@code end} index the normalized text; {@code hashtag} is the index of the
     * hashtag token a segment came from (-1 otherwise).
     */
    record Token(
            String text,
            Kind kind,
            int start,
            int end,
            int sentence,
            int clause,
            int hashtag,
            boolean commaBefore,
            boolean percent) {}

    private static final Set<String> CLAUSE_WORDS =
            Set.of("but", "yet", "however", "although", "though", "except", "whereas", "while");
    private static final Set<String> SUBJECT_WORDS =
            Set.of("it", "i", "we", "you", "she", "he", "they", "this", "that", "my", "our", "your", "these", "it's");

    final String original;
    final String normalized;
    private final int[] origin;
    final List<Token> tokens;
    final int sentenceCount;

    /** Splits hashtags into words; null when only top-level tokens are needed (rule pack terms). */
    interface HashtagSplitter {
        List<String> split(String body, String originalBody);
    }

    NormalizedText(String original, HashtagSplitter splitter) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length() + 16);
        int[] map = new int[original.length() + 32];
        int n = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            // fast path, no allocation: plain ASCII that is neither a look-alike digit nor '$'
            if (cp < 0x80 && !isLeet(cp)) {
                if (n + 2 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + ('a' - 'A')) : (char) cp);
                map[n++] = i;
                i++;
                continue;
            }
            int width = Character.charCount(cp);
            String replacement = replacement(original, i, cp);
            if (n + replacement.length() + 1 >= map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2 + replacement.length());
            }
            for (int k = 0; k < replacement.length(); k++) {
                out.append(replacement.charAt(k));
                map[n++] = i;
            }
            i += width;
        }
        map[n] = original.length();
        this.normalized = out.toString();
        this.origin = map;
        List<Token> list = new ArrayList<>();
        this.sentenceCount = tokenize(splitter, list);
        this.tokens = List.copyOf(list);
    }

    /** Start of a normalized span in the original text. */
    int originalStart(int normalizedIndex) {
        return origin[Math.min(normalizedIndex, normalized.length())];
    }

    /** End (exclusive) of a normalized span in the original text. */
    int originalEnd(int normalizedEnd) {
        if (normalizedEnd <= 0) {
            return 0;
        }
        int last = origin[Math.min(normalizedEnd, normalized.length()) - 1];
        int cp = original.codePointAt(last);
        return last + Character.charCount(cp);
    }

    private static String replacement(String text, int i, int cp) {
        switch (cp) {
            case 0x1F48A: // pill
                return " pills ";
            case 0x1F489: // syringe
                return " injections ";
            case 0x1FA7A: // stethoscope
                return " doctor ";
            case 0x2018, 0x2019, 0x02BC, 0x2032:
                return "'";
            case 0x201C, 0x201D, 0x00AB, 0x00BB:
                return "\"";
            case 0x2013, 0x2014, 0x2015:
                return ";";
            case 0x2022, 0x2026:
                return ".";
            default:
                break;
        }
        if (Character.isLetter(cp)) {
            return Character.toString(Character.toLowerCase(cp));
        }
        if (isLeet(cp) && i > 0 && Character.isLetter(text.charAt(i - 1)) && letterAt(text, i + 1)) {
            return switch (cp) {
                case '0' -> "o";
                case '1' -> "i";
                case '3' -> "e";
                case '4' -> "a";
                case '5', '$' -> "s";
                default -> "t";
            };
        }
        if (Character.isDigit(cp) || cp < 0x80) {
            return Character.toString(cp);
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        // emoji and other symbols separate words but carry no meaning here
        return Character.charCount(cp) == 2 ? "  " : " ";
    }

    private static boolean isLeet(int cp) {
        return cp == '0' || cp == '1' || cp == '3' || cp == '4' || cp == '5' || cp == '7' || cp == '$';
    }

    private static boolean letterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.charAt(i));
    }

    private int tokenize(HashtagSplitter splitter, List<Token> out) {
        String s = normalized;
        int sentence = 0;
        int clause = 0;
        boolean sentencePending = false;
        boolean comma = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean marker = (c == '#' || c == '@') && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !marker) {
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '|') {
                    sentencePending = true;
                } else if (c == ',' || c == '(' || c == ')') {
                    comma = true;
                }
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (marker) {
                kind = c == '#' ? Kind.HASHTAG : Kind.MENTION;
                i++;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
            } else {
                boolean digitsOnly = true;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        digitsOnly &= Character.isDigit(d);
                        i++;
                    } else if ((d == '\'' || d == '.')
                            && i + 1 < s.length()
                            && Character.isLetter(s.charAt(i + 1))
                            && i > start
                            && Character.isLetter(s.charAt(i - 1))) {
                        i++;
                    } else if (d == '.' && digitsOnly && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                kind = digitsOnly ? Kind.NUMBER : Kind.WORD;
            }
            String text = s.substring(start, i);
            boolean percent = kind == Kind.NUMBER && i < s.length() && s.charAt(i) == '%';
            if (sentencePending && !out.isEmpty()) {
                sentence++;
                clause++;
            } else if (!out.isEmpty() && (CLAUSE_WORDS.contains(text) || (comma && SUBJECT_WORDS.contains(text)))) {
                clause++;
            }
            sentencePending = false;
            out.add(new Token(text, kind, start, i, sentence, clause, -1, comma, percent));
            comma = false;
            if (kind == Kind.HASHTAG && splitter != null) {
                int hashtagIndex = out.size() - 1;
                String originalBody = original.substring(originalStart(start + 1), originalEnd(i));
                for (String segment : splitter.split(text.substring(1), originalBody)) {
                    out.add(new Token(segment, Kind.SEGMENT, start, i, sentence, clause, hashtagIndex, false, false));
                }
            }
        }
        return out.isEmpty() ? 0 : sentence + 1;
    }

    /** The top-level tokens of a rule pack term, tokenized exactly as captions are. */
    static List<String> termTokens(String term) {
        return new NormalizedText(term, null).tokens.stream().map(Token::text).toList();
    }
}
