package com.eesystem.curator.domain.compliance;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the approved-claims library: wording the brand may use, the substantiation entry that
 * backs it (empty when the wording makes no objective claim) and the topics it is the safer wording for.
 */
public record ApprovedClaim(String id, String wording, String substantiationId, List<String> topics) {

    public ApprovedClaim {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("approved claim id: \"" + id + "\" is blank");
        }
        if (wording == null || wording.isBlank()) {
            throw new IllegalArgumentException("approved claim " + id + ": wording is blank");
        }
        substantiationId = substantiationId == null ? "" : substantiationId;
        topics = List.copyOf(Objects.requireNonNull(topics, "topics of approved claim " + id));
    }

    public boolean substantiated() {
        return !substantiationId.isEmpty();
    }
}
