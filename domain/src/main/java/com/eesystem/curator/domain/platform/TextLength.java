package com.eesystem.curator.domain.platform;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a platform counts characters. Most count user-perceived characters; X weighs them (twitter-text
 * v3): Latin and common punctuation weigh 1, other scripts and emoji 2, and every URL 23 whatever its
 * length. Our X weighting follows those published rules at the level of grapheme clusters, which is exact
 * for text and emoji sequences alike.
 */
public enum TextLength {
    CHARACTERS,
    X_WEIGHTED;

    /** Every link counts as this many characters on X (t.co wrapping). */
    public static final int X_URL_LENGTH = 23;

    private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    public int of(String text) {
        return switch (this) {
            case CHARACTERS -> graphemes(text);
            case X_WEIGHTED -> weighted(text);
        };
    }

    /** The length of one user-perceived character (a grapheme cluster) outside links. */
    int ofCluster(String cluster) {
        return this == CHARACTERS ? 1 : weightOfCluster(cluster);
    }

    static int graphemes(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int count = 0;
        while (clusters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static int weighted(String text) {
        Matcher urls = URL.matcher(text);
        int total = 0;
        int from = 0;
        while (urls.find()) {
            total += weightedWithoutUrls(text.substring(from, urls.start())) + X_URL_LENGTH;
            from = urls.end();
        }
        return total + weightedWithoutUrls(text.substring(from));
    }

    private static int weightedWithoutUrls(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int total = 0;
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            total += weightOfCluster(text.substring(start, end));
        }
        return total;
    }

    /** The weight of one user-perceived character: the twitter-text v3 ranges of weight 1, else 2. */
    static int weightOfCluster(String cluster) {
        if (cluster.codePointCount(0, cluster.length()) > 1 && !isLightSequence(cluster)) {
            return 2;
        }
        return isLight(cluster.codePointAt(0)) ? 1 : 2;
    }

    // "\r\n" and letters with combining marks are one cluster of light code points: weigh as one.
    private static boolean isLightSequence(String cluster) {
        return cluster.codePoints()
                .allMatch(point -> isLight(point) || Character.getType(point) == Character.NON_SPACING_MARK);
    }

    private static boolean isLight(int codePoint) {
        return (codePoint >= 0 && codePoint <= 4351)
                || (codePoint >= 8192 && codePoint <= 8205)
                || (codePoint >= 8208 && codePoint <= 8223)
                || (codePoint >= 8242 && codePoint <= 8247);
    }
}
