package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * A brand rule editors write to (brand_guidelines row).
 *
 * @param platforms where the guideline applies; empty means every platform
 */
public record BrandGuideline(
        GuidelineId id,
        GuidelineType guidelineType,
        GuidelineCategory category,
        String title,
        String description,
        List<String> requirements,
        List<String> restrictions,
        String examples,
        SeverityLevel severityLevel,
        List<Platform> platforms,
        Instant createdAt,
        Instant updatedAt) {

    public BrandGuideline {
        Invariants.notNull("id", id);
        Invariants.notNull("guideline_type", guidelineType);
        Invariants.notNull("category", category);
        title = Invariants.nonBlank("title", title).strip();
        description = Invariants.text(description);
        requirements = Invariants.listOf("requirements", requirements);
        for (int i = 0; i < requirements.size(); i++) {
            Invariants.nonBlank("requirements[" + i + "]", requirements.get(i));
        }
        restrictions = Invariants.listOf("restrictions", restrictions);
        for (int i = 0; i < restrictions.size(); i++) {
            Invariants.nonBlank("restrictions[" + i + "]", restrictions.get(i));
        }
        examples = Invariants.text(examples);
        Invariants.notNull("severity_level", severityLevel);
        platforms = Invariants.listOf("platforms", platforms);
        if (new HashSet<>(platforms).size() != platforms.size()) {
            throw new IllegalArgumentException("platforms: " + platforms + " lists a platform twice");
        }
        Invariants.notNull("created_at", createdAt);
        Invariants.notNull("updated_at", updatedAt);
        Invariants.notBefore("updated_at", updatedAt, "created_at", createdAt);
    }

    public boolean appliesTo(Platform platform) {
        return platforms.isEmpty() || platforms.contains(platform);
    }
}
