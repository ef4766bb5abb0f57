package com.eesystem.curator.domain.audit;

import com.eesystem.curator.domain.invariant.Invariants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** How audit entries chain: the one place that computes and checks hashes, so every adapter agrees. */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The entry that follows {@code previous} (none: the first entry) for {@code record}. */
    public static AuditEntry next(Optional<AuditEntry> previous, AuditRecord record) {
        Invariants.notNull("record", record);
        long sequence = previous.map(entry -> entry.sequence() + 1).orElse(1L);
        String previousHash = previous.map(AuditEntry::hash).orElse(GENESIS);
        return new AuditEntry(sequence, record, previousHash, hashOf(sequence, previousHash, record));
    }

    /** SHA-256 over a length-prefixed rendering of every field, so no two entries share an input. */
    public static String hashOf(long sequence, String previousHash, AuditRecord record) {
        StringBuilder text = new StringBuilder("curator-audit/1\n");
        field(text, Long.toString(sequence));
        field(text, previousHash);
        field(text, record.at().toString());
        field(text, record.actor().toString());
        field(text, record.action());
        field(text, record.subject());
        field(text, Integer.toString(record.details().size()));
        for (Map.Entry<String, String> detail : record.details().entrySet()) {
            field(text, detail.getKey());
            field(text, detail.getValue());
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", missing);
        }
    }

    /** Checks one entry against its predecessor; empty when it fits, otherwise why not. */
    public static Optional<String> breakBetween(Optional<AuditEntry> previous, AuditEntry entry) {
        long expectedSequence = previous.map(p -> p.sequence() + 1).orElse(1L);
        if (entry.sequence() != expectedSequence) {
            return Optional.of("sequence " + entry.sequence() + " follows " + (expectedSequence - 1));
        }
        String expectedPrevious = previous.map(AuditEntry::hash).orElse(GENESIS);
        if (!entry.previousHash().equals(expectedPrevious)) {
            return Optional.of("previous_hash " + entry.previousHash() + " does not match " + expectedPrevious);
        }
        String recomputed = hashOf(entry.sequence(), entry.previousHash(), entry.record());
        if (!entry.hash().equals(recomputed)) {
            return Optional.of("hash " + entry.hash() + " does not match its content (" + recomputed + ")");
        }
        return Optional.empty();
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append('\n');
    }
}
