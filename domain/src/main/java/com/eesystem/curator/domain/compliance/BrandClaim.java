package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import java.util.Optional;

/**
 * An approved claim kept in the brand library (an active brand_knowledge entry of type claim): its content
 * is the wording the brand may use, and the conditions its title or content names are the topics it is the
 * safer wording for ("Approved claim for insomnia" / "a quiet hour to support better sleep habits"). The
 * engine prefers it to the rule pack's approved claim on the same topic ({@link
 * ComplianceEngine#useApprovedClaims}).
 */
public record BrandClaim(String id, String title, String wording) {

    public BrandClaim {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("brand claim id: \"" + id + "\" is blank");
        }
        if (wording == null || wording.isBlank()) {
            throw new IllegalArgumentException("brand claim " + id + ": wording is blank");
        }
        wording = wording.strip();
        title = title == null || title.isBlank() ? id : title.strip();
    }

    /** The claim an entry approves: present for an active entry of type claim only (drafts are not approved). */
    public static Optional<BrandClaim> of(BrandKnowledge knowledge) {
        if (knowledge.knowledgeType() != KnowledgeType.CLAIM || knowledge.status() != KnowledgeStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(new BrandClaim(knowledge.id().value().toString(), knowledge.title(), knowledge.content()));
    }
}
