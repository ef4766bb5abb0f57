package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Kind of compliance check. Stored as text in compliance_checks.check_type. */
public enum CheckType implements StoredEnum {
    MEDICAL_CLAIM("medical_claim"),
    BRAND_VOICE("brand_voice"),
    LEGAL_REVIEW("legal_review");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "compliance_checks.check_type";

    private final String storedValue;

    CheckType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming compliance_checks.check_type. */
    public static CheckType fromStored(String text) {
        return StoredEnum.parse(CheckType.class, COLUMN, text);
    }
}
