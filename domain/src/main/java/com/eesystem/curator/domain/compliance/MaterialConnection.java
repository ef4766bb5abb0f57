package com.eesystem.curator.domain.compliance;

/**
 * A tie between the brand and the person speaking that the FTC Endorsement Guides (16 CFR 255.5) say
 * must be disclosed, as declared by the author of a draft.
 */
public enum MaterialConnection {
    /** Paid to post. */
    SPONSORED,
    /** Earns from a link or code. */
    AFFILIATE,
    /** Got a free or discounted session or product. */
    GIFTED,
    /** The draft quotes a guest's experience. */
    TESTIMONIAL
}
