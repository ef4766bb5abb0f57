package com.eesystem.curator.app;

import com.eesystem.curator.app.config.SealedReviewerKeyStore;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.GuidelinesChanged;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.BrandClaim;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.RulePack;
import com.eesystem.curator.domain.compliance.VoiceGuideline;
import com.eesystem.curator.domain.content.ArchiveContent;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.DecisionSigner;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.schedule.CancelPendingPublications;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.local.SqliteLiveOutbox;
import com.eesystem.curator.ui.editor.EditorServices;
import com.eesystem.curator.ui.review.ReviewServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editorial use cases wired onto the local store of a data dir, acting as one {@link User}: the
 * content library, compliance_checks rows, review decisions and the hash-chained audit log (every check,
 * submission, decision and override is appended to it) and the publication schedule (an edit of
 * scheduled content cancels its pending entries). Open it off the FX thread; close it after the window
 * closed (it closes the store only when it opened it).
 */
public final class Workstation implements AutoCloseable {

    /**
     * Every decision made at this desktop is signed with the reviewer's Ed25519 key ({@link
     * SealedReviewerKeyStore}) and verified against the registered public key before it is recorded; an
     * unsigned one is refused.
     */
    private static final boolean SIGNATURES_REQUIRED = true;

    /** The reviewer profile the demo workspace adds. */
    public static final String DEMO_REVIEWER = "Demo reviewer";

    private final LocalStore store;
    private final boolean ownsStore;
    private final User user;
    private final Clock clock;
    private final EditorServices services;
    private final ReviewServices review;
    private final SubmitForReview submitForReview;
    private final ComplianceEngine engine;
    private final DecisionSigner signer;

    private Workstation(LocalStore store, boolean ownsStore, User user, Clock clock) {
        this(store, ownsStore, user, clock, engine(store));
    }

    /**
     * The bundled pack plus the brand guidelines as stored (editor and submission checks apply them) and
     * the brand library's approved claims (their wording is the safer wording for the conditions they name).
     */
    private static ComplianceEngine engine(LocalStore store) {
        ComplianceEngine engine = new ComplianceEngine(RulePack.bundled(), guidelines(store), null);
        engine.useApprovedClaims(approvedClaims(store));
        return engine;
    }

    /** @param engine shared by every workstation {@link #as} makes from this one (no second read) */
    private Workstation(LocalStore store, boolean ownsStore, User user, Clock clock, ComplianceEngine engine) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.user = Invariants.notNull("user", user);
        this.clock = clock;
        this.signer = new SealedReviewerKeyStore(keysOf(store), store.reviewerKeys(), store::registerReviewerKey);
        AuditLog audit = new EchoedAuditLog(store.auditLog());
        PermissionPolicy policy = PermissionPolicy.standard();
        this.engine = Invariants.notNull("engine", engine);
        ComplianceChecks records = new AuditedComplianceChecks(store.complianceChecks(), audit, user.id());
        RecordedReviewChecks checks = RecordedReviewChecks.over(engine, records, clock);
        ReviewGate gate = ReviewGate.requiringAll();
        // review requests wait in the local store until the sync worker hands them to Redis (docs/sync.md)
        this.submitForReview = new SubmitForReview(
                store.contentLibrary(),
                checks,
                gate,
                audit,
                policy,
                clock,
                SqliteLiveOutbox.of(store, clock)::holdReviewRequest);
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
                policy,
                user);
        this.review = new ReviewServices(
                store.contentLibrary(),
                engine,
                records,
                store.reviewDecisions(),
                new DecideReview(
                        store.contentLibrary(),
                        checks,
                        store.reviewDecisions(),
                        store.reviewerKeys(),
                        gate,
                        audit,
                        policy,
                        clock,
                        SIGNATURES_REQUIRED,
                        signer),
                store.userProfiles(),
                policy,
                user);
    }

    private static List<VoiceGuideline> guidelines(LocalStore store) {
        return store.brandGuidelines().all().stream().map(VoiceGuideline::of).toList();
    }

    /** Every active claim entry of the brand library, most relevant first (it wins a shared condition). */
    private static List<BrandClaim> approvedClaims(LocalStore store) {
        KnowledgeFilter filter =
                new KnowledgeFilter(Set.of(KnowledgeType.CLAIM), Set.of(), Set.of(KnowledgeStatus.ACTIVE));
        List<BrandClaim> claims = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<BrandKnowledge> page = store.brandKnowledge().list(filter, request);
            page.items().stream().map(BrandClaim::of).flatMap(Optional::stream).forEach(claims::add);
            if (page.next().isEmpty()) {
                return claims;
            }
            request = request.after(page.next().get());
        }
    }

    /**
     * Hands the brand library's approved claims as now stored to the engine (after the demo added or
     * removed its claims); reads the store, so off the FX thread.
     */
    void approvedClaimsChanged() {
        engine.useApprovedClaims(approvedClaims(store));
    }

    /** The engine the editor, the submission and the review desk check with (one per workstation). */
    public ComplianceEngine complianceEngine() {
        return engine;
    }

    /**
     * What a brand guideline save tells this workstation: its engine takes every guideline as it now
     * stands, so the next live check and submission apply the new brand rules.
     */
    public GuidelinesChanged guidelinesChanged() {
        return all -> engine.useGuidelines(all.stream().map(VoiceGuideline::of).toList());
    }

    /** Opens (creating or migrating) the data dir's local database and acts as {@code user}. */
    public static Workstation open(DataDirectory dataDirectory, Clock clock, User user) {
        LocalStore store = LocalStore.open(
                LocalStoreSettings.defaults(dataDirectory.localDatabase(), dataDirectory.backups()), clock);
        try {
            return new Workstation(store, true, user, clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens the data dir's local database for the local profile named {@code profile} (made an editor
     * when this desktop has no such profile yet): for the command line and tests that need no choice.
     */
    public static Workstation open(DataDirectory dataDirectory, Clock clock, String profile) {
        LocalStore store = LocalStore.open(
                LocalStoreSettings.defaults(dataDirectory.localDatabase(), dataDirectory.backups()), clock);
        try {
            return new Workstation(store, true, LocalProfiles.named(store.userProfiles(), profile, Role.EDITOR), clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The use cases on a store the caller opened and closes ({@link #close()} leaves it open). */
    public static Workstation on(LocalStore store, Clock clock, User user) {
        return new Workstation(store, false, user, clock);
    }

    /** On a store the caller opened, for the local profile named {@code profile} (an editor if new). */
    public static Workstation on(LocalStore store, Clock clock, String profile) {
        return on(store, clock, LocalProfiles.named(store.userProfiles(), profile, Role.EDITOR));
    }

    /** On a store the caller opened, for the editor profile of this computer's account. */
    public static Workstation on(LocalStore store, Clock clock) {
        return on(store, clock, ShellComposition.localProfile());
    }

    /**
     * The same store, clock and compliance engine, acting as {@code other} (the store stays the caller's to
     * close). Reads nothing, so the profile choice may call it on the FX thread; a guideline saved by one
     * profile's brand library reaches the others' checks too.
     */
    public Workstation as(User other) {
        return new Workstation(store, false, other, clock, engine);
    }

    public LocalStore store() {
        return store;
    }

    /**
     * The key folder of the data dir the store lives in ({@code DataDirectory.keys()}: the local database
     * sits in the data dir's root), where the reviewers' sealed key pairs are kept.
     */
    static Path keysOf(LocalStore store) {
        Path database = store.settings().database().toAbsolutePath();
        return new DataDirectory(database.getParent()).keys();
    }

    /** Signs the decisions of this desktop's reviewers with their sealed keys. */
    DecisionSigner decisionSigner() {
        return signer;
    }

    public User user() {
        return user;
    }

    public EditorServices editorServices() {
        return services;
    }

    public ReviewServices reviewServices() {
        return review;
    }

    /**
     * Seeds the demo workspace on a first start (an empty library, no demo seeded or cleared before);
     * returns how many items it created. The demo's decisions are made as the profile {@value
     * #DEMO_REVIEWER} (reviewer), which seeding adds, so the first start offers a choice of who works and
     * the demo's review items can be decided by someone who is not their author.
     */
    public int seedDemoIfEmpty() {
        return new DemoWorkspace(this, clock).seedIfEmpty();
    }

    /** Seeds the demo workspace unless it is there (also after a clear); returns how many items it created. */
    public int seedDemo() {
        return new DemoWorkspace(this, clock).seed();
    }

    /** Removes exactly the demo's rows and remembers that it was cleared, so no later start seeds it again. */
    public DemoRecord.Removed clearDemo() {
        DemoRecord.Removed removed = new DemoWorkspace(this, clock).clear();
        approvedClaimsChanged();
        return removed;
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }
}
