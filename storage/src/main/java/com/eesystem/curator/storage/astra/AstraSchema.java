package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.QueryExecutionException;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a keyspace to a schema version with the numbered CQL migrations, and back with their rollback
 * scripts. Applied versions live in {@code schema_version}; a lightweight-transaction lock in
 * {@code schema_lock} makes sure two desktops never migrate the same keyspace at once (the loser waits,
 * then fails naming the holder). The vector dimension is written to {@code store_settings} when the
 * tables are first created and checked on every later run.
 */
public final class AstraSchema {

    private static final Logger LOG = LoggerFactory.getLogger(AstraSchema.class);
    private static final String LOCK_NAME = "migration";
    /**
     * A crashed desktop's lock expires on its own after this long. A running migration renews it every
     * third of the TTL, so a migration slower than the TTL (index builds on a big AstraDB keyspace) keeps
     * it, and a desktop that crashed blocks the others for at most one TTL.
     */
    static final Duration LOCK_TTL = Duration.ofMinutes(10);

    private static final String[] BOOKKEEPING = {
        "CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, description text, checksum text,"
                + " applied_at timestamp, applied_by text)",
        "CREATE TABLE IF NOT EXISTS schema_lock (name text PRIMARY KEY, owner text, acquired_at timestamp)",
        "CREATE TABLE IF NOT EXISTS store_settings (name text PRIMARY KEY, value text)"
    };

    private final CqlSession session;
    private final AstraSettings settings;
    private final String owner;
    private final Duration lockWait;
    private final Duration lockTtl;
    private final Clock clock;
    /** Set by the renewer when another desktop holds the lock now: the migration stops before its next statement. */
    private final AtomicReference<String> lockLostTo = new AtomicReference<>();

    public AstraSchema(CqlSession session, AstraSettings settings) {
        this(session, settings, defaultOwner(), Duration.ofSeconds(60), Clock.systemUTC());
    }

    AstraSchema(CqlSession session, AstraSettings settings, String owner, Duration lockWait, Clock clock) {
        this(session, settings, owner, lockWait, LOCK_TTL, clock);
    }

    AstraSchema(
            CqlSession session,
            AstraSettings settings,
            String owner,
            Duration lockWait,
            Duration lockTtl,
            Clock clock) {
        if (lockTtl.toSeconds() < 1) {
            throw new IllegalArgumentException("lockTtl: " + lockTtl + " is below one second");
        }
        this.session = session;
        this.settings = settings;
        this.owner = owner;
        this.lockWait = lockWait;
        this.lockTtl = lockTtl;
        this.clock = clock;
    }

    public static int latestVersion() {
        return CqlMigration.latestVersion();
    }

    /** The highest applied version, 0 for an empty keyspace. */
    public int currentVersion() {
        ensureBookkeeping();
        return applied().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Applies every migration not yet applied. */
    public int migrate() {
        return migrateTo(latestVersion());
    }

    /** Applies the migrations up to {@code target}, under the lock; returns the version reached. */
    public int migrateTo(int target) {
        checkTarget(target);
        ensureBookkeeping();
        return locked(() -> {
            Map<Integer, String> applied = applied();
            verifyChecksums(applied);
            verifyDimension();
            for (CqlMigration migration : CqlMigration.ALL) {
                if (migration.version() > target || applied.containsKey(migration.version())) {
                    continue;
                }
                run(migration.version(), migration.statements(settings.vectorDimension()));
                recordDimension();
                session.execute(session.prepare(
                                "INSERT INTO schema_version (version, description, checksum, applied_at, applied_by)"
                                        + " VALUES (?, ?, ?, ?, ?)")
                        .bind(
                                migration.version(),
                                migration.description(),
                                migration.checksum(),
                                clock.instant(),
                                owner));
                LOG.info(
                        "keyspace {}: applied migration V{} ({})",
                        settings.keyspace(),
                        migration.version(),
                        migration.description());
            }
            return applied().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        });
    }

    /** Undoes applied migrations above {@code target}, newest first, under the lock. */
    public int rollbackTo(int target) {
        checkTarget(target);
        ensureBookkeeping();
        return locked(() -> {
            Map<Integer, String> applied = applied();
            for (CqlMigration migration : CqlMigration.ALL.reversed()) {
                if (migration.version() <= target || !applied.containsKey(migration.version())) {
                    continue;
                }
                run(migration.version(), migration.rollbackStatements(settings.vectorDimension()));
                session.execute(session.prepare("DELETE FROM schema_version WHERE version = ?")
                        .bind(migration.version()));
                LOG.info("keyspace {}: rolled back migration V{}", settings.keyspace(), migration.version());
            }
            if (target == 0) {
                // no vector tables left: the next migrate may choose another dimension
                session.execute("DELETE FROM store_settings WHERE name = 'vector_dimension'");
            }
            return target;
        });
    }

    /** The dimension this keyspace's vector columns were created with, if the tables exist. */
    public OptionalInt storedDimension() {
        ensureBookkeeping();
        Row row = session.execute("SELECT value FROM store_settings WHERE name = 'vector_dimension'")
                .one();
        return row == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(row.getString(0)));
    }

    private void run(int version, Iterable<String> statements) {
        for (String cql : statements) {
            String holder = lockLostTo.get();
            if (holder != null) {
                throw new TeamStoreException(
                        Reason.SCHEMA_LOCKED,
                        "keyspace " + settings.keyspace() + ": lost the migration lock to " + holder
                                + " while applying V"
                                + version + " (this desktop could not renew it in time); run migrate again, it"
                                + " continues where this stopped");
            }
            try {
                session.execute(SimpleStatement.newInstance(cql).setTimeout(Duration.ofSeconds(60)));
            } catch (QueryValidationException | QueryExecutionException e) {
                throw new TeamStoreException(
                        Reason.MIGRATION_FAILED,
                        "migration V" + version + " failed in keyspace " + settings.keyspace() + " at: " + cql + " ("
                                + e.getMessage()
                                + "); the statements are idempotent, fix the cause and run migrate again",
                        e);
            }
        }
    }

    private void ensureBookkeeping() {
        for (String cql : BOOKKEEPING) {
            session.execute(cql);
        }
    }

    private Map<Integer, String> applied() {
        Map<Integer, String> versions = new TreeMap<>();
        for (Row row : session.execute("SELECT version, checksum FROM schema_version")) {
            versions.put(row.getInt("version"), row.getString("checksum"));
        }
        return versions;
    }

    private void verifyChecksums(Map<Integer, String> applied) {
        for (CqlMigration migration : CqlMigration.ALL) {
            String recorded = applied.get(migration.version());
            if (recorded != null && !recorded.equals(migration.checksum())) {
                throw new TeamStoreException(
                        Reason.SCHEMA_MISMATCH,
                        "keyspace " + settings.keyspace() + ": migration V" + migration.version()
                                + " was applied from a different script (checksum " + recorded.substring(0, 12)
                                + "…, this build has " + migration.checksum().substring(0, 12)
                                + "…); published migrations must never be edited");
            }
        }
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > latestVersion()) {
            throw new TeamStoreException(
                    Reason.SCHEMA_MISMATCH,
                    "keyspace " + settings.keyspace() + " is at schema version " + newest + ", newer than this Curator"
                            + " knows (" + latestVersion() + "); update Curator");
        }
    }

    private void verifyDimension() {
        storedDimension().ifPresent(stored -> {
            if (stored != settings.vectorDimension()) {
                throw new TeamStoreException(
                        Reason.SCHEMA_MISMATCH,
                        "keyspace " + settings.keyspace() + " was created with vector dimension " + stored
                                + ", the settings ask for " + settings.vectorDimension()
                                + "; a model with another dimension needs a new keyspace (re-embed into it, see"
                                + " docs/operations.md)");
            }
        });
    }

    private void recordDimension() {
        session.execute(
                session.prepare("INSERT INTO store_settings (name, value) VALUES ('vector_dimension', ?) IF NOT EXISTS")
                        .bind(Integer.toString(settings.vectorDimension())));
    }

    /** Runs {@code work} holding the migration lock, renewed while it runs (package-private for the lock IT). */
    <T> T locked(Supplier<T> work) {
        PreparedStatement acquire = session.prepare(
                "INSERT INTO schema_lock (name, owner, acquired_at) VALUES (?, ?, ?)" + " IF NOT EXISTS USING TTL ?");
        Instant deadline = clock.instant().plus(lockWait);
        Instant acquiredAt;
        while (true) {
            acquiredAt = clock.instant();
            Row result = session.execute(acquire.bind(LOCK_NAME, owner, acquiredAt, ttlSeconds()))
                    .one();
            if (result != null && result.getBoolean("[applied]")) {
                break;
            }
            if (!clock.instant().isBefore(deadline)) {
                String holder = result == null ? "another desktop" : result.getString("owner");
                Instant since = result == null ? null : result.getInstant("acquired_at");
                throw new TeamStoreException(
                        Reason.SCHEMA_LOCKED,
                        "keyspace " + settings.keyspace() + " is being migrated by " + holder + " since " + since
                                + "; waited " + lockWait.toSeconds() + " s (the lock expires by itself "
                                + lockTtl.toSeconds() + " s after that desktop stops renewing it, e.g. if it crashed)");
            }
            sleep();
        }
        lockLostTo.set(null);
        ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "renew-migration-lock-" + settings.keyspace());
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(200, lockTtl.toMillis() / 3);
        Instant since = acquiredAt;
        renewer.scheduleWithFixedDelay(() -> renew(since), period, period, TimeUnit.MILLISECONDS);
        // schema metadata refreshes after each of ~60 DDL statements cost more than the DDL itself; the
        // driver still waits for schema agreement, and one refresh follows when they are switched back on
        session.setSchemaMetadataEnabled(false);
        try {
            return work.get();
        } finally {
            renewer.shutdownNow();
            session.setSchemaMetadataEnabled(null);
            session.execute(session.prepare("DELETE FROM schema_lock WHERE name = ? IF owner = ?")
                    .bind(LOCK_NAME, owner));
        }
    }

    /** Rewrites the lock's cells with a fresh TTL, only while this desktop still holds it. */
    private void renew(Instant acquiredAt) {
        try {
            Row result = session.execute(session.prepare("UPDATE schema_lock USING TTL ? SET owner = ?, acquired_at = ?"
                                    + " WHERE name = ? IF owner = ?")
                            .bind(ttlSeconds(), owner, acquiredAt, LOCK_NAME, owner))
                    .one();
            if (result != null && !result.getBoolean("[applied]")) {
                String holder = result.isNull("owner") ? "nobody (it expired)" : result.getString("owner");
                lockLostTo.compareAndSet(null, holder);
                LOG.warn("keyspace {}: migration lock lost to {}", settings.keyspace(), holder);
            }
        } catch (RuntimeException e) {
            // a slow or failed renewal is retried on the next tick; the TTL leaves two more chances
            LOG.warn("keyspace {}: renewing the migration lock failed: {}", settings.keyspace(), e.getMessage());
        }
    }

    private int ttlSeconds() {
        return (int) Math.max(1, lockTtl.toSeconds());
    }

    private void checkTarget(int target) {
        if (target < 0 || target > latestVersion()) {
            throw new IllegalArgumentException(
                    "target version: " + target + " is not between 0 and " + latestVersion());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamStoreException(Reason.SCHEMA_LOCKED, "interrupted while waiting for the migration lock", e);
        }
    }

    private static String defaultOwner() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }
}
