package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraSchema;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.testsupport.CassandraServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Set-up shared by the sync tests: team keyspaces, desktops (a local store + engine), content samples. */
final class SyncDesktops {

    static final UserId AUTHOR = UserId.parse("00000000-0000-0000-0000-00000000a001");

    private SyncDesktops() {}

    static CqlSession admin(CassandraServer server) {
        return CqlSession.builder()
                .addContactPoint(server.contactPoint())
                .withLocalDatacenter(server.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60))
                        .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(20))
                        .build())
                .build();
    }

    static String keyspaceFor(Class<?> testClass) {
        return "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** A fresh keyspace with the team schema; returns the settings to reach it at {@code contactPoint}. */
    static AstraSettings team(CqlSession admin, CassandraServer server, String keyspace) {
        String name = CqlIdentifier.fromInternal(keyspace).asCql(true);
        admin.execute("DROP KEYSPACE IF EXISTS " + name);
        admin.execute(
                "CREATE KEYSPACE " + name + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        AstraSettings settings = settings(server.contactPoint(), server.localDatacenter(), keyspace);
        try (CqlSession session = AstraConnection.open(settings)) {
            new AstraSchema(session, settings).migrate();
        }
        return settings;
    }

    /**
     * A test class's team keyspace: migrated at {@link #open}, the app's session on it, dropped at
     * {@link #close}. {@code admin} (long timeouts) is for schema work and for breaking rows on purpose.
     */
    record Team(CqlSession admin, AstraSettings settings, CqlSession session) implements AutoCloseable {

        static Team open(CassandraServer server, String keyspace) {
            CqlSession admin = SyncDesktops.admin(server);
            AstraSettings settings = team(admin, server, keyspace);
            return new Team(admin, settings, AstraConnection.open(settings));
        }

        /** Empties the named tables (fixed names from the tests, never input) before a test. */
        void truncate(List<String> tables) {
            tables.forEach(table -> session.execute("TRUNCATE " + table));
        }

        @Override
        public void close() {
            session.close();
            admin.execute("DROP KEYSPACE IF EXISTS "
                    + CqlIdentifier.fromInternal(settings.keyspace()).asCql(true));
            admin.close();
        }
    }

    static AstraSettings settings(InetSocketAddress contactPoint, String datacenter, String keyspace) {
        return AstraSettings.selfManaged(List.of(contactPoint), datacenter, keyspace, 384)
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    /** One desktop: its local store and its sync engine against the team store behind {@code session}. */
    record Desktop(LocalStore store, SqliteSyncedRows rows, SyncEngine engine) implements AutoCloseable {

        static Desktop open(Path folder, Clock clock, CqlSession session, int pushBatch, int pullPage) {
            return open(folder, clock, session, pushBatch, pullPage, Duration.ZERO);
        }

        /**
         * {@code settle}: how far behind now pulls stop. Zero is only right when no other desktop pushes at the
         * same moment; concurrent desktops need a settle time longer than a push takes.
         */
        static Desktop open(
                Path folder, Clock clock, CqlSession session, int pushBatch, int pullPage, Duration settle) {
            LocalStore store = LocalStore.open(
                    LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups")), clock);
            SqliteSyncedRows rows = SqliteSyncedRows.of(store, clock);
            var gateway = new AstraSyncGateway(session, Clock.systemUTC(), settle);
            return new Desktop(store, rows, new SyncEngine(rows, gateway, pushBatch, pullPage));
        }

        ContentLibrary library() {
            return store.contentLibrary();
        }

        ContentItem item(ContentId id) {
            return library().find(id).orElseThrow(() -> new AssertionError("no content " + id + " on this desktop"));
        }

        /** Saves, or fails the test on a version conflict. */
        ContentItem save(ContentItem item) {
            ContentSave saved = library().save(item);
            if (saved instanceof ContentSave.Saved ok) {
                return ok.item();
            }
            throw new AssertionError("save refused: " + saved);
        }

        SyncEngine.SyncReport sync() {
            return engine.syncOnce();
        }

        @Override
        public void close() {
            store.close();
        }
    }

    static ContentItem draft(String title, String caption, Instant at) {
        return ContentItem.draft(ContentId.random(), AUTHOR, body(title, caption), at);
    }

    static ContentBody body(String title, String caption) {
        return new ContentBody(
                title,
                "A short description of " + title,
                ContentType.REEL,
                List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                caption,
                "Scene 1: morning light. Scene 2: " + caption,
                List.of("wellness", "EESystem"),
                List.of("a calm room at sunrise"),
                Map.of("instagram.aspect", "9:16"));
    }

    static ContentBody withCaption(ContentBody body, String caption) {
        return new ContentBody(
                body.title(),
                body.description(),
                body.contentType(),
                body.platforms(),
                caption,
                body.scriptContent(),
                body.hashtags(),
                body.mediaPrompts(),
                body.platformSpecs());
    }

    static ContentBody withTitle(ContentBody body, String title) {
        return new ContentBody(
                title,
                body.description(),
                body.contentType(),
                body.platforms(),
                body.caption(),
                body.scriptContent(),
                body.hashtags(),
                body.mediaPrompts(),
                body.platformSpecs());
    }

    /** The item with another body: a new revision, status unchanged (the sync tests bypass the use cases). */
    static ContentItem edited(ContentItem item, ContentBody body, Instant at) {
        return new ContentItem(
                item.id(),
                item.version() + 1,
                item.revision() + 1,
                item.authorId(),
                body,
                item.status(),
                item.complianceNotes(),
                item.performanceMetrics(),
                item.createdAt(),
                at.isBefore(item.updatedAt()) ? item.updatedAt() : at,
                item.publishedAt());
    }

    static ContentItem withStatus(ContentItem item, ContentStatus status, Instant at) {
        return new ContentItem(
                item.id(),
                item.version() + 1,
                item.revision(),
                item.authorId(),
                item.body(),
                status,
                item.complianceNotes(),
                item.performanceMetrics(),
                item.createdAt(),
                at.isBefore(item.updatedAt()) ? item.updatedAt() : at,
                null);
    }
}
