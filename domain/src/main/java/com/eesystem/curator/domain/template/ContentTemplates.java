package com.eesystem.curator.domain.template;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The template catalogue (content_templates). */
public interface ContentTemplates {

    /** Stores or replaces the template. */
    void save(ContentTemplate template);

    Optional<ContentTemplate> find(TemplateId id);

    /** Templates for a content type and platform (empty: any), best performance first. */
    List<ContentTemplate> matching(Optional<ContentType> contentType, Optional<Platform> platform);

    /** Counts one more use (usage_count + 1) without losing concurrent counts. */
    void recordUse(TemplateId id, Instant at);
}
