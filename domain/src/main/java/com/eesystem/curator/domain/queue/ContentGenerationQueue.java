package com.eesystem.curator.domain.queue;

import com.eesystem.curator.domain.generation.GenerationJob;

/**
 * Redis content_generation_queue: higher {@link com.eesystem.curator.domain.generation.GenerationPriority}
 * first, first in first out within a priority (by enqueue order).
 */
public interface ContentGenerationQueue extends WorkQueue<GenerationJob> {

    String NAME = "content_generation_queue";
}
