package com.eesystem.curator.domain.generation;

import java.util.Map;
import java.util.Objects;

/**
 * What a generation produced: generation_queue.result_data, temp_content.content_data and the value
 * of content_gen:{hash} (JSON {@code {"content": "...", "media_prompts": "...", "attributes": {...}}}).
 *
 * @param content the caption or script text
 * @param mediaPrompts image/video prompts, empty when none
 * @param attributes everything else the generator returned (title, hashtags, model ...)
 */
public record GeneratedContent(String content, String mediaPrompts, Map<String, String> attributes) {

    public GeneratedContent {
        Objects.requireNonNull(content, "content");
        if (content.isBlank()) {
            throw new IllegalArgumentException("content: is blank");
        }
        Objects.requireNonNull(mediaPrompts, "media_prompts");
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
    }

    public static GeneratedContent of(String content, String mediaPrompts) {
        return new GeneratedContent(content, mediaPrompts, Map.of());
    }
}
