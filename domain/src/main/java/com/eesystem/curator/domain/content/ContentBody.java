package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.compliance.MaterialConnection;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an editor writes: the editable part of a content item. Every edit replaces the whole body and
 * bumps the item's revision, which is what checks and approvals bind to.
 *
 * @param platforms target platforms, in the editor's order, no duplicates, at least one
 * @param caption the post text (caption, tweet or thread text)
 * @param scriptContent video/audio script (content_library.script_content)
 * @param hashtags tags without the leading '#', each letters, digits or '_'
 * @param mediaPrompts AI image/video generation prompts (content_library.media_prompts)
 * @param platformSpecs platform-specific specifications (content_library.platform_specs), e.g. "youtube.title";
 *     {@link #CONNECTIONS_SPEC} holds the declared material connections
 */
public record ContentBody(
        String title,
        String description,
        ContentType contentType,
        List<Platform> platforms,
        String caption,
        String scriptContent,
        List<String> hashtags,
        List<String> mediaPrompts,
        Map<String, String> platformSpecs) {

    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]+");
    public static final int TITLE_LIMIT = 300;

    /**
     * The platform_specs key for the material connections the author declared (sponsored, affiliate, gifted,
     * testimonial), comma-separated. The spec's content_library has no column for them, and platform_specs
     * travels through every store and the sync unchanged, so no migration is needed.
     */
    public static final String CONNECTIONS_SPEC = "post.material_connections";

    public ContentBody {
        title = Invariants.nonBlank("title", title).strip();
        Invariants.maxLength("title", title, TITLE_LIMIT);
        description = Invariants.text(description);
        Invariants.notNull("content_type", contentType);
        platforms = Invariants.listOf("platforms", platforms);
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("platforms: \"" + title + "\" needs at least one target platform");
        }
        if (new HashSet<>(platforms).size() != platforms.size()) {
            throw new IllegalArgumentException("platforms: " + platforms + " lists a platform twice");
        }
        caption = Invariants.text(caption);
        scriptContent = Invariants.text(scriptContent);
        hashtags = Invariants.listOf("hashtags", hashtags).stream()
                .map(tag -> tag.startsWith("#") ? tag.substring(1) : tag)
                .toList();
        for (int i = 0; i < hashtags.size(); i++) {
            if (!HASHTAG.matcher(hashtags.get(i)).matches()) {
                throw new IllegalArgumentException(
                        "hashtags[" + i + "]: \"" + hashtags.get(i) + "\" may hold only letters, digits and _");
            }
        }
        mediaPrompts = Invariants.listOf("media_prompts", mediaPrompts);
        for (int i = 0; i < mediaPrompts.size(); i++) {
            Invariants.nonBlank("media_prompts[" + i + "]", mediaPrompts.get(i));
        }
        platformSpecs = Invariants.mapOf("platform_specs", platformSpecs);
        parseConnections(platformSpecs.get(CONNECTIONS_SPEC));
    }

    private static Set<MaterialConnection> parseConnections(String stored) {
        Set<MaterialConnection> connections = EnumSet.noneOf(MaterialConnection.class);
        if (stored == null || stored.isBlank()) {
            return connections;
        }
        for (String part : stored.split(",")) {
            String name = part.strip();
            try {
                connections.add(MaterialConnection.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("platform_specs[" + CONNECTIONS_SPEC + "]: \"" + name
                        + "\" is not one of sponsored, affiliate, gifted, testimonial");
            }
        }
        return connections;
    }

    /** The material connections the author declared: sponsored, affiliate, gifted, testimonial. */
    public Set<MaterialConnection> materialConnections() {
        return Set.copyOf(parseConnections(platformSpecs.get(CONNECTIONS_SPEC)));
    }

    public ContentBody withMaterialConnections(Set<MaterialConnection> connections) {
        Map<String, String> specs = new LinkedHashMap<>(platformSpecs);
        if (connections.isEmpty()) {
            specs.remove(CONNECTIONS_SPEC);
        } else {
            specs.put(
                    CONNECTIONS_SPEC,
                    EnumSet.copyOf(connections).stream()
                            .map(connection -> connection.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(",")));
        }
        return new ContentBody(
                title, description, contentType, platforms, caption, scriptContent, hashtags, mediaPrompts, specs);
    }

    /** A body with just the required parts; the rest empty. */
    public static ContentBody of(String title, ContentType contentType, List<Platform> platforms, String caption) {
        return new ContentBody(title, "", contentType, platforms, caption, "", List.of(), List.of(), Map.of());
    }

    public ContentBody withCaption(String newCaption) {
        return new ContentBody(
                title,
                description,
                contentType,
                platforms,
                newCaption,
                scriptContent,
                hashtags,
                mediaPrompts,
                platformSpecs);
    }

    public ContentBody withHashtags(List<String> newHashtags) {
        return new ContentBody(
                title,
                description,
                contentType,
                platforms,
                caption,
                scriptContent,
                newHashtags,
                mediaPrompts,
                platformSpecs);
    }

    public ContentBody withTitle(String newTitle) {
        return new ContentBody(
                newTitle,
                description,
                contentType,
                platforms,
                caption,
                scriptContent,
                hashtags,
                mediaPrompts,
                platformSpecs);
    }

    public boolean targets(Platform platform) {
        return platforms.contains(platform);
    }
}
