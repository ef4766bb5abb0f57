package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.agent.AgentMemories;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.batch.BatchOperations;
import com.eesystem.curator.domain.brand.BrandGuidelines;
import com.eesystem.curator.domain.brand.BrandKnowledgeBase;
import com.eesystem.curator.domain.cache.ContentCache;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.domain.generation.GenerationQueue;
import com.eesystem.curator.domain.generation.TempContentStore;
import com.eesystem.curator.domain.review.ReviewDecisions;
import com.eesystem.curator.domain.review.ReviewerKeys;
import com.eesystem.curator.domain.schedule.PublicationSchedule;
import com.eesystem.curator.domain.session.Sessions;
import com.eesystem.curator.domain.session.UserPreferences;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.HybridLogicalClock;
import com.eesystem.curator.domain.sync.Outbox;
import com.eesystem.curator.domain.template.ContentTemplates;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.domain.user.UserProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local SQLite store of one desktop: opens (checks, migrates) the file in the data dir and hands out
 * the adapters of the domain ports. Every call does I/O; none may run on the JavaFX thread.
 *
 * <p>Opening never creates an empty file over a damaged one: a file that fails its start check
 * ({@link StartCheck}: quick_check, or the full integrity_check after an unclean shutdown and weekly)
 * raises {@link LocalStoreCorrupt} and stays as it is, for a restore.
 */
public final class LocalStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);

    private final LocalStoreSettings settings;
    private final Clock clock;
    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final LocalBackups backups;
    private final LocalCleanup cleanup;
    private final LocalMaintenance maintenance;
    private volatile CleanupReport openingCleanup = new CleanupReport(0, 0, 0, 0, 0);
    private volatile StartCheck startCheck = new StartCheck(StartCheck.Kind.NONE, "not opened", Duration.ZERO);

    private LocalStore(LocalStoreSettings settings, Clock clock, LocalDatabase database, OutboxWriter outbox) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.outbox = outbox;
        this.backups = new LocalBackups(settings, database, clock);
        this.cleanup = new LocalCleanup(database, clock, settings.finishedQueueRetention());
        this.maintenance = new LocalMaintenance(settings, backups, cleanup, clock);
    }

    /** Checks, migrates and opens the store; removes expired rows once. */
    public static LocalStore open(LocalStoreSettings settings, Clock clock) {
        LocalDatabase.refuseFxThread("opening the local store");
        Path file = settings.database();
        StartCheck check;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            check = StartCheck.run(file, clock);
        } catch (IOException e) {
            throw new LocalStoreUnavailable(file, "cannot reach the data folder: " + e, e);
        }
        new LocalMigrator(settings, clock).migrate();
        LocalDatabase database = LocalDatabase.open(settings);
        try {
            String deviceId = database.write("reading the device id", connection -> {
                var existing = SyncStateTable.get(connection, SyncStateTable.DEVICE_ID);
                if (existing.isPresent()) {
                    return existing.get();
                }
                String created = UUID.randomUUID().toString();
                SyncStateTable.put(connection, SyncStateTable.DEVICE_ID, created, Timestamps.text(clock.instant()));
                return created;
            });
            String newestStamp = database.read("reading the newest outbox stamp", connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT max(hlc) FROM outbox");
                        ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            });
            // resume after our own newest stamp so a wall clock that stepped back never reorders our changes
            HybridLogicalClock hybridClock = HybridLogicalClock.resumingFrom(
                    clock, newestStamp == null ? HlcTimestamp.ZERO : HlcTimestamp.parse(newestStamp));
            LocalStore store = new LocalStore(
                    settings, clock, database, new OutboxWriter(database, hybridClock, DeviceId.of(deviceId)));
            store.openingCleanup = store.cleanup.run();
            store.startCheck = check;
            LOG.info(
                    "local store {} open (device {}); {} check in {} ms ({}); at start {}",
                    file,
                    deviceId,
                    check.kind(),
                    check.took().toMillis(),
                    check.reason(),
                    store.openingCleanup);
            return store;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public LocalStoreSettings settings() {
        return settings;
    }

    public UserPreferences userPreferences() {
        return new SqliteUserPreferences(database, clock);
    }

    public ContentLibrary contentLibrary() {
        return new SqliteContentLibrary(database, outbox);
    }

    /**
     * Inserts new content items (version 1) in one transaction, each with its outbox row: imports and
     * seeding a large library (a save per item is a transaction per item). Ids already stored are skipped.
     */
    public int importNewContent(List<ContentItem> items) {
        return new SqliteContentLibrary(database, outbox).insertNew(items);
    }

    /** The library as a table: rows by offset with their compliance status, for the library view and exports. */
    public ContentListing contentListing() {
        return new SqliteContentLibrary(database, outbox);
    }

    public Sessions sessions() {
        return new SqliteSessions(database, clock);
    }

    public ContentCache contentCache() {
        return new SqliteContentCache(database, clock);
    }

    public TempContentStore tempContent() {
        return new SqliteTempContent(database, clock);
    }

    public BatchOperations batchOperations() {
        return new SqliteBatchOperations(database);
    }

    public ComplianceChecks complianceChecks() {
        return new SqliteComplianceChecks(database, outbox);
    }

    public GenerationQueue generationQueue() {
        return new SqliteGenerationQueue(database, clock);
    }

    public PublicationSchedule publicationSchedule() {
        return new SqlitePublicationSchedule(database, outbox);
    }

    public ContentTemplates contentTemplates() {
        return new SqliteContentTemplates(database, outbox);
    }

    public BrandGuidelines brandGuidelines() {
        return new SqliteBrandGuidelines(database, outbox);
    }

    public AgentMemories agentMemories() {
        return new SqliteAgentMemories(database, clock, outbox);
    }

    public BrandKnowledgeBase brandKnowledge() {
        return new SqliteBrandKnowledge(database, outbox);
    }

    /** review_decisions: every approval, rejection and change request, kept offline and synced. */
    public ReviewDecisions reviewDecisions() {
        return new SqliteReviewDecisions(database, outbox);
    }

    /** audit_log: this desktop's append-only, hash-chained audit trail, synced entry by entry. */
    public AuditLog auditLog() {
        return new SqliteAuditLog(database, outbox);
    }

    /** user_profiles: the people of this desktop and their roles (local, not synced). */
    public UserProfiles userProfiles() {
        return new SqliteUserProfiles(database, outbox, clock);
    }

    /** The reviewers' registered Ed25519 public keys (reviewer_keys, and user_profiles.public_key). */
    public ReviewerKeys reviewerKeys() {
        return reviewRecords();
    }

    /**
     * Registers the reviewer's Ed25519 public key with their profile and publishes it to the team (an
     * outbox row); their signed decisions verify against it here and on every desktop that syncs.
     */
    public void registerReviewerKey(UserId reviewer, PublicKey key) {
        reviewRecords().registerOwnKey(reviewer, key);
    }

    /** Reviewer keys, pulled decisions and audit entries, and the pulled changes that were rejected. */
    public SqliteReviewRecords reviewRecords() {
        return new SqliteReviewRecords(database, outbox, clock);
    }

    /** demo_workspace: which rows the first start's demo created, and whether it was cleared (local only). */
    public DemoRecord demoRecord() {
        return new SqliteDemoRecord(database, outbox);
    }

    public Outbox outbox() {
        return new SqliteOutbox(database);
    }

    /** Ranked full-text search over the local library and brand knowledge. */
    public LocalSearch search() {
        return new LocalSearch(database);
    }

    /** Snapshots, outbox segments and restore. */
    public LocalBackups backups() {
        return backups;
    }

    /** Which integrity check {@link #open} ran, why, and how long it took. */
    public StartCheck startCheck() {
        return startCheck;
    }

    /** What the cleanup run by {@link #open} removed. */
    public CleanupReport openingCleanup() {
        return openingCleanup;
    }

    /** Removes expired sessions, cache and temp rows and old finished generation tasks now. */
    public CleanupReport cleanUp() {
        return cleanup.run();
    }

    /**
     * Starts the housekeeping thread: periodic cleanup, the scheduled snapshot (at once if the last one is
     * older than the backup interval) and incremental backups in between. The app calls it; the command
     * line does not.
     */
    public void startMaintenance() {
        maintenance.start();
    }

    LocalMaintenance maintenance() {
        return maintenance;
    }

    LocalDatabase database() {
        return database;
    }

    OutboxWriter outboxWriter() {
        return outbox;
    }

    /**
     * Stops the housekeeping, writes the changes since the last backup as an incremental backup (when
     * there is a snapshot to add them to: a restore then gets everything up to the close) and closes the
     * file.
     */
    @Override
    public void close() {
        maintenance.close();
        try {
            if (backups.latestSnapshot().isPresent()) {
                backups.incremental().ifPresent(segment -> LOG.info("local store: changes backed up to {}", segment));
            }
        } catch (RuntimeException e) {
            // closing must not fail over a backup; the changes are still in the database and its outbox
            LOG.warn("local store: the incremental backup at close failed: {}", e.getMessage(), e);
        }
        database.close();
        try {
            StartCheck.closedCleanly(settings.database());
        } catch (IOException e) {
            // the next start runs the full check instead of the quick one: slower, never less safe
            LOG.warn("local store: cannot remove the open marker: {}", e.getMessage());
        }
    }
}
