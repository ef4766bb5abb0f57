package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import java.util.List;
import java.util.Optional;

/** The brand rule book (brand_guidelines). */
public interface BrandGuidelines {

    /** Stores or replaces the guideline. */
    void save(BrandGuideline guideline);

    Optional<BrandGuideline> find(GuidelineId id);

    /** Guidelines that apply on {@code platform} (including those for every platform), critical first. */
    List<BrandGuideline> applicableTo(Platform platform);

    /** Guidelines of one severity, e.g. the critical ones a compliance check must enforce. */
    List<BrandGuideline> withSeverity(SeverityLevel severity);

    List<BrandGuideline> all();
}
