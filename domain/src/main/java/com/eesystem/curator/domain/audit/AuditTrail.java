package com.eesystem.curator.domain.audit;

import com.eesystem.curator.domain.invariant.Invariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an {@link AuditLog} end to end: verifies its chain and exports it as JSON Lines or CSV. */
public final class AuditTrail {

    static final int BATCH = 500;

    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = Invariants.notNull("log", log);
    }

    /** Walks the whole chain; the first break found is reported with its sequence number. */
    public ChainVerification verify() {
        Optional<AuditEntry> previous = Optional.empty();
        long from = 1;
        long count = 0;
        while (true) {
            List<AuditEntry> batch = log.read(from, BATCH);
            for (AuditEntry entry : batch) {
                Optional<String> fault = AuditChain.breakBetween(previous, entry);
                if (fault.isPresent()) {
                    return new ChainVerification.Broken(entry.sequence(), fault.get());
                }
                previous = Optional.of(entry);
                count++;
            }
            if (batch.size() < BATCH) {
                break;
            }
            from = previous.map(entry -> entry.sequence() + 1).orElse(from);
        }
        Optional<AuditEntry> head = log.head();
        if (head.isPresent()
                && (previous.isEmpty()
                        || head.get().sequence() != previous.get().sequence())) {
            return new ChainVerification.Broken(head.get().sequence(), "head is not the last entry read");
        }
        return new ChainVerification.Intact(
                count, previous.map(AuditEntry::hash).orElse(AuditChain.GENESIS));
    }

    /**
     * Writes every entry as one JSON object per line:
     * {@code {"sequence":1,"at":"...","actor":"...","action":"...","subject":"...","details":{...},"previous_hash":"...","hash":"..."}}.
     *
     * @return the number of entries written
     */
    public long exportJsonLines(Appendable out) {
        long from = 1;
        long count = 0;
        try {
            while (true) {
                List<AuditEntry> batch = log.read(from, BATCH);
                for (AuditEntry entry : batch) {
                    out.append(jsonLine(entry)).append('\n');
                    count++;
                    from = entry.sequence() + 1;
                }
                if (batch.size() < BATCH) {
                    return count;
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("audit export: writing failed after " + count + " entries", failed);
        }
    }

    /** The CSV export's header row; {@link #exportCsv} writes one row per entry under it. */
    public static final String CSV_HEADER = "sequence,at,actor,action,subject,details,previous_hash,hash";

    /**
     * Writes the header and every entry as CSV (RFC 4180: CRLF rows, fields with commas, quotes or line
     * breaks quoted, quotes doubled). {@code details} is one JSON object per row, so a comment's text stays
     * in that one field; every field starts with a digit, a letter or '{', never with what a spreadsheet
     * reads as a formula.
     *
     * @return the number of entries written
     */
    public long exportCsv(Appendable out) {
        long from = 1;
        long count = 0;
        try {
            out.append(CSV_HEADER).append("\r\n");
            while (true) {
                List<AuditEntry> batch = log.read(from, BATCH);
                for (AuditEntry entry : batch) {
                    out.append(csvRow(entry)).append("\r\n");
                    count++;
                    from = entry.sequence() + 1;
                }
                if (batch.size() < BATCH) {
                    return count;
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("audit export: writing failed after " + count + " entries", failed);
        }
    }

    static String csvRow(AuditEntry entry) {
        AuditRecord record = entry.record();
        return String.join(
                ",",
                Long.toString(entry.sequence()),
                csvField(record.at().toString()),
                csvField(record.actor().toString()),
                csvField(record.action()),
                csvField(record.subject()),
                csvField(detailsJson(record.details())),
                entry.previousHash(),
                entry.hash());
    }

    static String csvField(String text) {
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static String jsonLine(AuditEntry entry) {
        AuditRecord record = entry.record();
        StringBuilder json = new StringBuilder("{\"sequence\":").append(entry.sequence());
        json.append(",\"at\":").append(quote(record.at().toString()));
        json.append(",\"actor\":").append(quote(record.actor().toString()));
        json.append(",\"action\":").append(quote(record.action()));
        json.append(",\"subject\":").append(quote(record.subject()));
        json.append(",\"details\":").append(detailsJson(record.details()));
        json.append(",\"previous_hash\":").append(quote(entry.previousHash()));
        json.append(",\"hash\":").append(quote(entry.hash())).append('}');
        return json.toString();
    }

    static String detailsJson(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> detail : details.entrySet()) {
            if (!first) {
                json.append(',');
            }
            json.append(quote(detail.getKey())).append(':').append(quote(detail.getValue()));
            first = false;
        }
        return json.append('}').toString();
    }

    // The domain has no JSON library (JDK only); audit text is escaped per RFC 8259 here.
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Whether the chain holds. */
    public sealed interface ChainVerification {
        record Intact(long entries, String headHash) implements ChainVerification {}

        record Broken(long atSequence, String reason) implements ChainVerification {}
    }
}
