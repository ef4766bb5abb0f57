package com.eesystem.curator.ui.editor;

import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.user.User;
import java.util.Objects;

/**
 * The domain services the editor and the library work through, wired by {@code app} onto the local
 * store. The engine is called directly for live highlighting (nothing recorded); the use cases record.
 *
 * @param user who is writing: the author of new drafts and the actor of every use case
 */
public record EditorServices(
        ContentLibrary library,
        CreateDraft createDraft,
        EditDraft editDraft,
        SubmitForReview submitForReview,
        ComplianceEngine engine,
        User user) {

    public EditorServices {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(createDraft, "createDraft");
        Objects.requireNonNull(editDraft, "editDraft");
        Objects.requireNonNull(submitForReview, "submitForReview");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(user, "user");
    }
}
