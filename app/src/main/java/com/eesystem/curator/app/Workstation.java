package com.eesystem.curator.app;

import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.content.ArchiveContent;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.schedule.CancelPendingPublications;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.ui.editor.EditorServices;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * The editorial use cases wired onto the local store of a data dir:
 * the content library, compliance_checks rows (every submission's checks are recorded) and the
 * publication schedule (an edit of scheduled content cancels its pending entries). Open it off the FX
 * thread; close it after the window closed (it closes the store only when it opened it).
 */
public final class Workstation implements AutoCloseable {

    private final LocalStore store;
    private final boolean ownsStore;
    private final EditorServices services;
    private final SubmitForReview submitForReview;

    private Workstation(LocalStore store, boolean ownsStore, User user, Clock clock) {
        this.store = store;
        this.ownsStore = ownsStore;
        SessionAuditLog audit = new SessionAuditLog();
        PermissionPolicy policy = PermissionPolicy.standard();
        ComplianceEngine engine = ComplianceEngine.bundled();
        RecordedReviewChecks checks = RecordedReviewChecks.over(engine, store.complianceChecks(), clock);
        this.submitForReview =
                new SubmitForReview(store.contentLibrary(), checks, ReviewGate.requiringAll(), audit, policy, clock);
        this.services = new EditorServices(
                store.contentLibrary(),
                store.contentListing(),
                new CreateDraft(store.contentLibrary(), audit, policy, clock, ContentId::random),
                new EditDraft(
                        store.contentLibrary(),
                        new CancelPendingPublications(store.publicationSchedule()),
                        checks::run,
                        audit,
                        policy,
                        clock),
                submitForReview,
                new ArchiveContent(store.contentLibrary(), audit, policy, clock),
                engine,
                user);
    }

    /** Opens the store for the local profile of this computer's account. */
    public static Workstation open(DataDirectory dataDirectory, Clock clock) {
        return open(dataDirectory, clock, ShellComposition.localProfile());
    }

    /** Opens (creating or migrating) the data dir's local database for the local profile {@code profile}. */
    public static Workstation open(DataDirectory dataDirectory, Clock clock, String profile) {
        LocalStore store = LocalStore.open(
                LocalStoreSettings.defaults(dataDirectory.localDatabase(), dataDirectory.backups()), clock);
        return new Workstation(store, true, editor(profile), clock);
    }

    /** The use cases on a store the caller opened, for this computer's account. */
    public static Workstation on(LocalStore store, Clock clock) {
        return on(store, clock, ShellComposition.localProfile());
    }

    /** The use cases on a store the caller opened and closes ({@link #close()} leaves it open). */
    public static Workstation on(LocalStore store, Clock clock, String profile) {
        return new Workstation(store, false, editor(profile), clock);
    }

    public LocalStore store() {
        return store;
    }

    /**
     * The person at this computer as an editor. The same profile name gives the same id on every start,
     * so "my drafts" stay theirs until the user and role choice at start replaces this.
     */
    static User editor(String profile) {
        UUID id = UUID.nameUUIDFromBytes(("curator-profile:" + profile).getBytes(StandardCharsets.UTF_8));
        return User.of(new UserId(id), profile, Role.EDITOR);
    }

    public EditorServices editorServices() {
        return services;
    }

    /** Seeds the demo workspace when the library is empty; returns how many items it created. */
    public int seedDemoIfEmpty() {
        return new DemoWorkspace(services, submitForReview).seedIfEmpty();
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }
}
