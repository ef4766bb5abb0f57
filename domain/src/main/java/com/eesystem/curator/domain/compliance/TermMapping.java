package com.eesystem.curator.domain.compliance;

import java.util.List;

/** A brand-voice term in its forms and the wording to use instead (empty: just remove it). */
public record TermMapping(List<String> forms, String replacement) {

    public TermMapping {
        forms = List.copyOf(forms);
        if (forms.isEmpty() || forms.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("term mapping: forms " + forms + " must not be empty or blank");
        }
        replacement = replacement == null ? "" : replacement;
    }
}
