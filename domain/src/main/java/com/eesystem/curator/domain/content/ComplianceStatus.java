package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Compliance state of a piece of content as seen by search. Stored as text in content_embeddings.compliance_status. */
public enum ComplianceStatus implements StoredEnum {
    APPROVED("approved"),
    PENDING("pending"),
    REJECTED("rejected"),
    REVIEW("review");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "content_embeddings.compliance_status";

    private final String storedValue;

    ComplianceStatus(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming content_embeddings.compliance_status. */
    public static ComplianceStatus fromStored(String text) {
        return StoredEnum.parse(ComplianceStatus.class, COLUMN, text);
    }
}
