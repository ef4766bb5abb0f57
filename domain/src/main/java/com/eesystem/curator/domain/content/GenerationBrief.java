package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import java.util.List;

/**
 * What to ask a content generator for.
 *
 * @param template the template's structure and script with placeholders filled, or empty
 * @param brandContext brand knowledge passages to ground the generation in
 */
public record GenerationBrief(
        ContentType contentType, Platform platform, String prompt, String template, List<String> brandContext) {

    public GenerationBrief {
        Invariants.notNull("content_type", contentType);
        Invariants.notNull("platform", platform);
        prompt = Invariants.nonBlank("prompt", prompt).strip();
        template = Invariants.text(template);
        brandContext = Invariants.listOf("brand_context", brandContext);
    }
}
