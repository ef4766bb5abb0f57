package com.eesystem.curator.domain.brand;

import java.util.List;

/**
 * Told after a brand guideline was saved, with every guideline as it now stands: the compliance rules
 * changed, so the drafts checked under the old ones are re-checked (wired by the app to the review's
 * {@code RecheckAfterRuleChange}).
 */
@FunctionalInterface
public interface GuidelinesChanged {

    void changed(List<BrandGuideline> all);

    GuidelinesChanged NOTHING = all -> {};
}
