package com.eesystem.curator.ui.brand;

import com.eesystem.curator.domain.brand.BrandGuidelines;
import com.eesystem.curator.domain.brand.BrandKnowledgeBase;
import com.eesystem.curator.domain.brand.SaveBrandGuideline;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.util.Objects;

/**
 * What the brand library page works through, wired by {@code app}: the guidelines port to list, the
 * save use case (which re-checks affected drafts after a change), the brand knowledge to list and
 * search, and who is looking.
 */
public record BrandLibraryServices(
        BrandGuidelines guidelines,
        SaveBrandGuideline save,
        BrandKnowledgeBase knowledge,
        User user,
        PermissionPolicy policy) {

    public BrandLibraryServices {
        Objects.requireNonNull(guidelines, "guidelines");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(policy, "policy");
    }

    /** Only admins change the rules every draft is checked against; everyone else reads them. */
    public boolean canManage() {
        return policy.allows(user, Permission.MANAGE_BRAND_LIBRARY);
    }
}
