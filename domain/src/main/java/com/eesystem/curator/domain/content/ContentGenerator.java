package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;

/** An AI model that drafts content from a brief. Its output is only ever a proposal an editor takes over. */
public interface ContentGenerator {

    Generation generate(GenerationBrief brief);

    /** What came back: a proposed body, or why there is none (offline, quota, refused prompt). */
    sealed interface Generation {
        record Generated(ContentBody proposal, String modelId) implements Generation {
            public Generated {
                Invariants.notNull("proposal", proposal);
                Invariants.nonBlank("model_id", modelId);
            }
        }

        record Unavailable(String reason, boolean retryable) implements Generation {
            public Unavailable {
                Invariants.nonBlank("reason", reason);
            }
        }
    }
}
