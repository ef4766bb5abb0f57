package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandGuidelines;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The brand rule book port in a map, ordered as the port says (critical first, then title). */
public final class InMemoryBrandGuidelines implements BrandGuidelines {

    private final Map<GuidelineId, BrandGuideline> rows = new ConcurrentHashMap<>();

    private static final Comparator<BrandGuideline> ORDER = Comparator.comparing(
                    (BrandGuideline guideline) -> guideline.severityLevel().ordinal())
            .thenComparing(BrandGuideline::title);

    @Override
    public void save(BrandGuideline guideline) {
        rows.put(guideline.id(), guideline);
    }

    @Override
    public Optional<BrandGuideline> find(GuidelineId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<BrandGuideline> applicableTo(Platform platform) {
        return all().stream().filter(guideline -> guideline.appliesTo(platform)).toList();
    }

    @Override
    public List<BrandGuideline> withSeverity(SeverityLevel severity) {
        return all().stream()
                .filter(guideline -> guideline.severityLevel() == severity)
                .toList();
    }

    @Override
    public List<BrandGuideline> all() {
        List<BrandGuideline> all = new ArrayList<>(rows.values());
        all.sort(ORDER);
        return all;
    }
}
