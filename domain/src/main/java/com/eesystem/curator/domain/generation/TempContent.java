package com.eesystem.curator.domain.generation;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A temp_content row: generated content waiting for an editor to keep it (it then becomes a draft
 * in the content library) or to let it expire.
 *
 * @param mediaUrls temp_content.media_urls, absolute URIs
 * @param generationMetadata temp_content.generation_metadata (model, template, request hash ...)
 */
public record TempContent(
        TempContentId id,
        ContentType contentType,
        Platform platform,
        GeneratedContent content,
        List<URI> mediaUrls,
        Map<String, String> generationMetadata,
        Instant expiresAt,
        Instant createdAt) {

    public TempContent {
        Objects.requireNonNull(id, "temp_content.id");
        Objects.requireNonNull(contentType, "temp_content.content_type");
        Objects.requireNonNull(platform, "temp_content.platform");
        Objects.requireNonNull(content, "temp_content.content_data");
        mediaUrls = List.copyOf(Objects.requireNonNull(mediaUrls, "temp_content.media_urls"));
        for (URI url : mediaUrls) {
            if (!url.isAbsolute()) {
                throw new IllegalArgumentException(
                        "temp_content.media_urls: \"" + url + "\" is not an absolute URL (id " + id + ")");
            }
        }
        generationMetadata = Map.copyOf(Objects.requireNonNull(generationMetadata, "temp_content.generation_metadata"));
        Objects.requireNonNull(expiresAt, "temp_content.expires_at");
        Objects.requireNonNull(createdAt, "temp_content.created_at");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("temp_content.expires_at: " + expiresAt + " is not after created_at "
                    + createdAt + " (id " + id + ")");
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
