package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the engine checks: the whole post text (caption, hashtags, on-screen text, transcript), the
 * platforms it goes to, the material connections its author declared and the substantiation entries
 * it links.
 *
 * @param postLength how much of {@code text}, from its start, is the post as the platform shows it
 *     (caption and hashtags): the "more" cut and the caption limits are measured on that part only, so
 *     a title or script checked after it cannot shift them. The whole text by default.
 */
public record DraftToCheck(
        String text,
        Set<Platform> platforms,
        Set<MaterialConnection> connections,
        Set<String> substantiationIds,
        int postLength) {

    public DraftToCheck {
        Objects.requireNonNull(text, "text");
        // ordered sets: the rules iterate them, and a check must give the same answer in every run
        platforms = platforms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(platforms));
        connections = connections.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(connections));
        substantiationIds = Collections.unmodifiableSet(new TreeSet<>(substantiationIds));
        if (postLength < 0 || postLength > text.length()) {
            throw new IllegalArgumentException(
                    "postLength: " + postLength + " is outside the text's 0.." + text.length() + " characters");
        }
    }

    /** The whole text is the post. */
    public DraftToCheck(
            String text, Set<Platform> platforms, Set<MaterialConnection> connections, Set<String> substantiationIds) {
        this(
                text,
                platforms,
                connections,
                substantiationIds,
                Objects.requireNonNull(text, "text").length());
    }

    /** The post part of the text: caption and hashtags. */
    public String post() {
        return text.substring(0, postLength);
    }

    /** A caption with no platform, connection or substantiation: what `curator check` gets as plain text. */
    public static DraftToCheck caption(String text) {
        return new DraftToCheck(text, Set.of(), Set.of(), Set.of());
    }

    public static DraftToCheck caption(String text, Platform platform) {
        return new DraftToCheck(text, Set.of(platform), Set.of(), Set.of());
    }

    public DraftToCheck withConnections(Set<MaterialConnection> declared) {
        return new DraftToCheck(text, platforms, declared, substantiationIds, postLength);
    }

    public DraftToCheck withSubstantiation(Set<String> ids) {
        return new DraftToCheck(text, platforms, connections, ids, postLength);
    }
}
