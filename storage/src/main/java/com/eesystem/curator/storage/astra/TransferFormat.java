package com.eesystem.curator.storage.astra;

/** File formats of logical exports and imports. */
public enum TransferFormat {
    /** One JSON object per line, as CQL's {@code SELECT JSON} writes a row. */
    JSONL,
    /** A header line of column names, then one RFC 4180 record per row. */
    CSV
}
