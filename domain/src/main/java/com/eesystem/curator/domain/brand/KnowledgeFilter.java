package com.eesystem.curator.domain.brand;

import java.util.EnumSet;
import java.util.Set;

/** Which brand knowledge a search considers; empty sets mean "any". */
public record KnowledgeFilter(
        Set<KnowledgeType> types, Set<KnowledgeCategory> categories, Set<KnowledgeStatus> statuses) {

    public KnowledgeFilter {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** What editors search by default: knowledge in force, any type or category. */
    public static KnowledgeFilter activeOnly() {
        return new KnowledgeFilter(Set.of(), Set.of(), Set.of(KnowledgeStatus.ACTIVE));
    }

    public static KnowledgeFilter any() {
        return new KnowledgeFilter(Set.of(), Set.of(), Set.of());
    }

    public KnowledgeFilter withTypes(Set<KnowledgeType> newTypes) {
        return new KnowledgeFilter(newTypes, categories, statuses);
    }

    public KnowledgeFilter withCategories(Set<KnowledgeCategory> newCategories) {
        return new KnowledgeFilter(types, newCategories, statuses);
    }

    public boolean matches(BrandKnowledge knowledge) {
        return (types.isEmpty() || types.contains(knowledge.knowledgeType()))
                && (categories.isEmpty() || categories.contains(knowledge.category()))
                && (statuses.isEmpty() || statuses.contains(knowledge.status()));
    }
}
