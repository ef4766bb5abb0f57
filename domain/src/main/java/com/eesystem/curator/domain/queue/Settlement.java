package com.eesystem.curator.domain.queue;

/** What became of an acknowledgement or release. */
public enum Settlement {
    /** The claim was current and the item is settled as asked. */
    SETTLED,
    /**
     * The claim was no longer held: its deadline passed and the item went back to the queue, to
     * another consumer or to the dead letters. The work may be done twice; consumers are idempotent.
     */
    CLAIM_LOST
}
