package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;

/**
 * One row of the library table: the item and where its compliance stands.
 *
 * @param compliance from the checks of the item's current revision: {@link ComplianceStatus#PENDING}
 *     before any ran, {@link ComplianceStatus#REJECTED} when the latest run failed a check,
 *     {@link ComplianceStatus#REVIEW} when it warned or asked for a human, {@link ComplianceStatus#APPROVED}
 *     when every check passed
 */
public record ListedContent(ContentItem item, ComplianceStatus compliance) {

    public ListedContent {
        Invariants.notNull("item", item);
        Invariants.notNull("compliance_status", compliance);
    }
}
