package com.eesystem.curator.ui.editor;

import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.content.ArchiveContent;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.util.Objects;

/**
 * The domain services the editor and the library work through, wired by {@code app} onto the local
 * store. The engine is called directly for live highlighting (nothing recorded); the use cases record.
 *
 * @param listing the library as a table (filters, search and sort run in the store)
 * @param archiveContent the library's bulk "Archive"
 * @param policy what the user's role allows; the library and editor offer only that (the use cases
 *     check again)
 * @param user who is writing: the author of new drafts and the actor of every use case
 */
public record EditorServices(
        ContentLibrary library,
        ContentListing listing,
        CreateDraft createDraft,
        EditDraft editDraft,
        SubmitForReview submitForReview,
        ArchiveContent archiveContent,
        ComplianceEngine engine,
        PermissionPolicy policy,
        User user) {

    public EditorServices {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(createDraft, "createDraft");
        Objects.requireNonNull(editDraft, "editDraft");
        Objects.requireNonNull(submitForReview, "submitForReview");
        Objects.requireNonNull(archiveContent, "archiveContent");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(user, "user");
    }

    /** Whether the user's role lets them do {@code permission}, so the UI offers it. */
    public boolean allows(Permission permission) {
        return policy.allows(user, permission);
    }
}
