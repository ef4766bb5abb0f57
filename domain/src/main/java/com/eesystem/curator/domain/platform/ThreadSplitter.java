package com.eesystem.curator.domain.platform;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a long text into thread posts that each fit the limit: between words where possible, inside an
 * over-long word (at character boundaries) only when it alone exceeds a post. Numbered threads end each
 * post with " k/n", counted against the limit.
 */
public final class ThreadSplitter {

    private ThreadSplitter() {}

    public static List<String> split(String text, int limit, TextLength length, boolean numbered) {
        if (limit < 10) {
            throw new IllegalArgumentException("thread segment limit: " + limit + " is too small to split into");
        }
        String normalized = text == null ? "" : text.strip();
        if (normalized.isEmpty()) {
            return List.of();
        }
        if (length.of(normalized) <= limit) {
            return List.of(normalized);
        }
        if (!numbered) {
            return pack(normalized, limit, length);
        }
        // the suffix width depends on how many posts there are: widen until the count fits its digits
        int digits = 1;
        while (true) {
            int reserve = 2 + 2 * digits; // " k/n" with k and n of up to `digits` digits
            List<String> posts = pack(normalized, limit - reserve, length);
            if (Integer.toString(posts.size()).length() <= digits) {
                List<String> numberedPosts = new ArrayList<>(posts.size());
                for (int i = 0; i < posts.size(); i++) {
                    numberedPosts.add(posts.get(i) + " " + (i + 1) + "/" + posts.size());
                }
                return List.copyOf(numberedPosts);
            }
            digits++;
        }
    }

    // Lengths add up: a space weighs 1 and never joins two characters or ends a link early, so a
    // post's length is the sum of its words plus the spaces, and each word is measured once.
    private static List<String> pack(String text, int limit, TextLength length) {
        List<String> posts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentLength = 0;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordLength = length.of(word);
            int joined = current.isEmpty() ? wordLength : currentLength + 1 + wordLength;
            if (joined <= limit) {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(word);
                currentLength = joined;
                continue;
            }
            if (!current.isEmpty()) {
                posts.add(current.toString());
                current.setLength(0);
                currentLength = 0;
            }
            if (wordLength <= limit) {
                current.append(word);
                currentLength = wordLength;
            } else {
                List<String> pieces = hardSplit(word, limit, length);
                posts.addAll(pieces.subList(0, pieces.size() - 1));
                current.append(pieces.getLast());
                currentLength = length.of(pieces.getLast());
            }
        }
        if (!current.isEmpty()) {
            posts.add(current.toString());
        }
        return posts;
    }

    /** Cuts a word longer than a post at character boundaries; each piece is as long as fits. */
    private static List<String> hardSplit(String word, int limit, TextLength length) {
        List<String> pieces = new ArrayList<>();
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(word);
        int pieceStart = 0;
        int pieceLength = 0;
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            int clusterLength = length.ofCluster(word.substring(start, end));
            if (pieceLength + clusterLength > limit) {
                pieces.add(word.substring(pieceStart, start));
                pieceStart = start;
                pieceLength = 0;
            }
            pieceLength += clusterLength;
        }
        pieces.add(word.substring(pieceStart));
        return pieces;
    }
}
