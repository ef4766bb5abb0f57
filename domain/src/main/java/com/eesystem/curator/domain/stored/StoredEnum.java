package com.eesystem.curator.domain.stored;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose constants are written to a store as fixed text (the values the data spec lists, e.g.
 * {@code 'medical_claim'}). Parsing goes through {@link #parse} so a bad value names its column.
 */
public interface StoredEnum {

    /** The exact text the data spec stores for this constant. */
    String storedValue();

    /**
     * Parses the stored text of {@code column}.
     *
     * @throws UnknownStoredValue naming the column, the bad value and the allowed values
     */
    static <E extends Enum<E> & StoredEnum> E parse(Class<E> type, String column, String text) {
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.storedValue().equals(text)) {
                    return constant;
                }
            }
        }
        throw new UnknownStoredValue(column, text, allowedValues(type));
    }

    static <E extends Enum<E> & StoredEnum> String allowedValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(StoredEnum::storedValue)
                .collect(Collectors.joining(", "));
    }
}
