package com.eesystem.curator.domain.queue;

import com.eesystem.curator.domain.generation.GenerationJob;
import java.util.Comparator;

/**
 * Redis content_generation_queue: higher {@link com.eesystem.curator.domain.generation.GenerationPriority}
 * first, first in first out within a priority (by enqueue order).
 */
public interface ContentGenerationQueue extends WorkQueue<GenerationJob> {

    String NAME = "content_generation_queue";

    /** Serving order between two waiting items: higher priority first (enqueue order breaks ties). */
    Comparator<GenerationJob> ORDER =
            Comparator.comparing(GenerationJob::priority).reversed();
}
