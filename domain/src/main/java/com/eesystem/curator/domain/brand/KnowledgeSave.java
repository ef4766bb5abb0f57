package com.eesystem.curator.domain.brand;

/** Outcome of saving brand knowledge: versions only go up. */
public sealed interface KnowledgeSave {

    record Saved(BrandKnowledge knowledge) implements KnowledgeSave {}

    /** The store already holds a newer version; nothing was written. */
    record StaleVersion(KnowledgeId id, int attemptedVersion, int storedVersion) implements KnowledgeSave {
        public String message() {
            return "brand_knowledge " + id + ": version " + attemptedVersion + " is older than stored version "
                    + storedVersion;
        }
    }
}
