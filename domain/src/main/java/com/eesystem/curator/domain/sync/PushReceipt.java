package com.eesystem.curator.domain.sync;

/**
 * What the team store confirmed of a push.
 *
 * @param acknowledgedThrough every pushed entry up to this sequence is stored durably (0: none);
 *     entries after it must be pushed again
 */
public record PushReceipt(long acknowledgedThrough) {

    public PushReceipt {
        if (acknowledgedThrough < 0) {
            throw new IllegalArgumentException("acknowledgedThrough: " + acknowledgedThrough + " is negative");
        }
    }
}
