package com.eesystem.curator.app;

import com.eesystem.curator.domain.brand.GuidelinesChanged;
import com.eesystem.curator.domain.brand.SaveBrandGuideline;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.RulePack;
import com.eesystem.curator.domain.review.RecheckAfterRuleChange;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.ui.brand.BrandLibraryServices;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brand library's services on the local store: guidelines are listed from and saved to
 * brand_guidelines, and each save re-checks the drafts and in-review items checked under the previous
 * rules (bundled rule pack + every guideline as saved), recording the new compliance_checks rows and
 * their audit entries; the brand knowledge (brand_knowledge) is listed and searched by keywords.
 */
public final class BrandLibraryComposition {
    private static final Logger log = LoggerFactory.getLogger(BrandLibraryComposition.class);

    private BrandLibraryComposition() {}

    /**
     * The brand library of a workstation: a save first hands the guidelines to the workstation's engine
     * (the editor and submissions use them at once), then re-checks the open items with that same engine.
     */
    public static BrandLibraryServices services(Workstation workstation, Clock clock) {
        LocalStore store = workstation.store();
        User user = workstation.user();
        RecheckAfterRuleChange recheck = recheck(store, user, clock);
        GuidelinesChanged engine = workstation.guidelinesChanged();
        GuidelinesChanged changed = all -> {
            engine.changed(all);
            report(recheck.recheck(workstation.complianceEngine()));
        };
        return new BrandLibraryServices(
                store.brandGuidelines(),
                new SaveBrandGuideline(store.brandGuidelines(), PermissionPolicy.standard(), clock, changed),
                store.brandKnowledge(),
                user,
                PermissionPolicy.standard());
    }

    private static RecheckAfterRuleChange recheck(LocalStore store, User user, Clock clock) {
        // re-check runs go to the audit trail like every other check (issue 9), as the admin's doing
        ComplianceChecks records =
                new AuditedComplianceChecks(store.complianceChecks(), new EchoedAuditLog(store.auditLog()), user.id());
        return new RecheckAfterRuleChange(store.contentLibrary(), records, clock);
    }

    private static void report(RecheckAfterRuleChange.Result result) {
        log.info(
                "Brand rules changed ({}): re-checked {} of {} open items, {} need attention",
                result.ruleSet(),
                result.rechecked().size(),
                result.examined(),
                result.unsatisfied().size());
    }

    /** The brand library on a store alone (no workstation engine to update): saves re-check open items. */
    public static BrandLibraryServices services(LocalStore store, User user, Clock clock) {
        PermissionPolicy policy = PermissionPolicy.standard();
        SaveBrandGuideline save = new SaveBrandGuideline(
                store.brandGuidelines(),
                policy,
                clock,
                recheck(store, user, clock).whenGuidelinesChange(RulePack.bundled(), BrandLibraryComposition::report));
        return new BrandLibraryServices(store.brandGuidelines(), save, store.brandKnowledge(), user, policy);
    }
}
