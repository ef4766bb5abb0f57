package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine checks: the whole post text (caption, hashtags, on-screen text, transcript), the
 * platforms it goes to, the material connections its author declared and the substantiation entries
 * it links.
 */
public record DraftToCheck(
        String text, Set<Platform> platforms, Set<MaterialConnection> connections, Set<String> substantiationIds) {

    public DraftToCheck {
        Objects.requireNonNull(text, "text");
        platforms = platforms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(platforms));
        connections = Set.copyOf(connections);
        substantiationIds = Set.copyOf(substantiationIds);
    }

    /** A caption with no platform, connection or substantiation: what `curator check` gets as plain text. */
    public static DraftToCheck caption(String text) {
        return new DraftToCheck(text, Set.of(), Set.of(), Set.of());
    }

    public static DraftToCheck caption(String text, Platform platform) {
        return new DraftToCheck(text, Set.of(platform), Set.of(), Set.of());
    }

    public DraftToCheck withConnections(Set<MaterialConnection> declared) {
        return new DraftToCheck(text, platforms, declared, substantiationIds);
    }

    public DraftToCheck withSubstantiation(Set<String> ids) {
        return new DraftToCheck(text, platforms, connections, ids);
    }
}
