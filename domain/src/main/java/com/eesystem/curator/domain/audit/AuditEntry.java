package com.eesystem.curator.domain.audit;

import com.eesystem.curator.domain.invariant.Invariants;
import java.util.regex.Pattern;

/**
 * A record in its place in the hash chain: sequence number from 1, the previous entry's hash and its own
 * hash over both (SHA-256, lower-case hex). Altering, removing or reordering entries breaks the chain.
 */
public record AuditEntry(long sequence, AuditRecord record, String previousHash, String hash) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public AuditEntry {
        Invariants.atLeast("sequence", sequence, 1);
        Invariants.notNull("record", record);
        requireHex("previous_hash", previousHash);
        requireHex("hash", hash);
    }

    private static void requireHex(String field, String value) {
        if (value == null || !SHA256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException(field + ": \"" + value + "\" is not a SHA-256 hex digest");
        }
    }
}
