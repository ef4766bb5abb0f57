package com.eesystem.curator.domain.stored;

/** A stored text value that is not one of its column's allowed values. */
public final class UnknownStoredValue extends IllegalArgumentException {
    private final String column;
    private final String value;

    public UnknownStoredValue(String column, String value, String allowed) {
        super(column + ": " + (value == null ? "null" : "\"" + value + "\"") + " is not one of " + allowed);
        this.column = column;
        this.value = value;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }
}
