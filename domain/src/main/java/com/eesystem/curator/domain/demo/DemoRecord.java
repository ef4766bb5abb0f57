package com.eesystem.curator.domain.demo;

import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.invariant.Invariants;
import java.util.List;
import java.util.Set;

/**
 * The durable record of the demo workspace a first start opens on: which content items, brand
 * guidelines and brand knowledge entries (voice notes, facts, approved claims) the demo created, whether it was seeded or cleared. Clearing removes exactly those rows
 * (with their checks, decisions and schedule entries), never a user's, and a cleared demo is not seeded
 * again.
 */
public interface DemoRecord {

    /** Where the demo stands on this desktop. */
    sealed interface State {
        /** Never seeded: a first start with an empty library may seed it. */
        record NotSeeded() implements State {}

        /** Seeded; these rows are the demo's. */
        record Seeded(Set<ContentId> content, Set<GuidelineId> guidelines, Set<KnowledgeId> knowledge)
                implements State {
            public Seeded {
                content = Set.copyOf(Invariants.notNull("content", content));
                guidelines = Set.copyOf(Invariants.notNull("guidelines", guidelines));
                knowledge = Set.copyOf(Invariants.notNull("knowledge", knowledge));
            }
        }

        /** Cleared by the user: never seeded again. */
        record Cleared() implements State {}
    }

    /** What a clear removed, per table. */
    record Removed(int content, int checks, int decisions, int scheduleEntries, int guidelines, int knowledge) {
        public Removed {
            Invariants.atLeast("content", content, 0);
            Invariants.atLeast("checks", checks, 0);
            Invariants.atLeast("decisions", decisions, 0);
            Invariants.atLeast("schedule_entries", scheduleEntries, 0);
            Invariants.atLeast("guidelines", guidelines, 0);
            Invariants.atLeast("knowledge", knowledge, 0);
        }

        public int total() {
            return content + checks + decisions + scheduleEntries + guidelines + knowledge;
        }
    }

    State state();

    /**
     * Records the rows the demo created and marks it seeded; their pending changes are taken out of the
     * outbox so the demo never reaches the team store.
     */
    void remember(List<ContentId> content, List<GuidelineId> guidelines, List<KnowledgeId> knowledge);

    /**
     * Deletes the demo's content with its checks, decisions and schedule entries, its guidelines and its
     * brand knowledge, in
     * one transaction, and marks the demo cleared (also when it was never seeded). A row already pushed
     * (a demo item edited while connected) gets a delete in the outbox.
     */
    Removed clear();
}
