package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * content_library in the team store. Saves are versioned with lightweight transactions ({@code IF NOT
 * EXISTS} for version 1, {@code IF version = ?} after), so a desktop that lost a race gets a {@link
 * ContentSave.VersionConflict} naming the stored version instead of overwriting. A save whose outcome is
 * unknown (the coordinator timed out during Paxos) is settled by a SERIAL read: if the row now holds
 * exactly this item, the save happened and is reported as saved, so retrying a save is harmless.
 *
 * <p>Listings filter in the cluster with SAI where a filter names exactly one value (status, content
 * type, author, platform) and finish the rest with {@link ContentQuery#matches}; Cassandra cannot sort a
 * uuid-keyed table by another column, so rows stream through in driver pages and a bounded {@link
 * ContentPageWindow} keeps only the page asked for. The cursor is the last row's sort key (keyset), so
 * pages never overlap or skip rows when others are saved in between.
 *
 * <p>Items whose version was settled elsewhere (an import, a bulk load, a replica of another store) go
 * through {@link #putAsync} instead: an unconditional, idempotent write stamped with the item's own time
 * ({@code USING TIMESTAMP}, {@link #writeTime}), so a retried or reordered write converges on the newest
 * version without Paxos. How the two kinds of write share the table: docs/decisions/0004.
 */
public final class AstraContentLibrary implements ContentLibrary {

    static final String COLUMNS = "id, version, revision, author_id, title, description, content_type, platforms,"
            + " caption, script_content, hashtags, media_prompts, platform_specs, compliance_notes,"
            + " performance_metrics, status, created_at, updated_at, published_at, platform_list, hashtag_list";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private static final Logger LOG = LoggerFactory.getLogger(AstraContentLibrary.class);

    private final CqlSession session;
    private final AstraSettings settings;
    private final PreparedStatement insertNew;
    private final PreparedStatement updateVersioned;
    private final PreparedStatement put;
    private final PreparedStatement find;
    /** One listing statement per combination of single-value filters (bit 0 status, 1 type, 2 author, 3 platform). */
    private final PreparedStatement[] listings = new PreparedStatement[16];

    private final PreparedStatement countStatus;

    public AstraContentLibrary(CqlSession session, AstraSettings settings) {
        this.session = session;
        this.settings = settings;
        insertNew = session.prepare("INSERT INTO content_library (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS");
        updateVersioned = session.prepare("UPDATE content_library SET version = ?, revision = ?, author_id = ?,"
                + " title = ?, description = ?, content_type = ?, platforms = ?, caption = ?, script_content = ?,"
                + " hashtags = ?, media_prompts = ?, platform_specs = ?, compliance_notes = ?,"
                + " performance_metrics = ?, status = ?, created_at = ?, updated_at = ?, published_at = ?,"
                + " platform_list = ?, hashtag_list = ? WHERE id = ? IF version = ?");
        put = session.prepare("INSERT INTO content_library (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?");
        find = session.prepare("SELECT " + COLUMNS + " FROM content_library WHERE id = ?");
        for (int filters = 0; filters < listings.length; filters++) {
            List<String> where = new ArrayList<>();
            if ((filters & 1) != 0) {
                where.add("status = ?");
            }
            if ((filters & 2) != 0) {
                where.add("content_type = ?");
            }
            if ((filters & 4) != 0) {
                where.add("author_id = ?");
            }
            if ((filters & 8) != 0) {
                where.add("platforms CONTAINS ?");
            }
            listings[filters] = session.prepare("SELECT " + COLUMNS + " FROM content_library"
                    + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)));
        }
        countStatus = session.prepare("SELECT id FROM content_library WHERE status = ?");
    }

    @Override
    public ContentSave save(ContentItem item) {
        try {
            return outcome(item, session.execute(bindSave(item)).one());
        } catch (WriteTimeoutException unknownOutcome) {
            return settle(item, unknownOutcome);
        }
    }

    /** The same save, asynchronously (bulk loads keep many in flight); conflicts complete normally. */
    public CompletionStage<ContentSave> saveAsync(ContentItem item) {
        return session.executeAsync(bindSave(item)).thenApply(result -> outcome(item, result.one()));
    }

    /**
     * Writes {@code item} as it is, whatever the stored row holds, unless the stored cells carry a later
     * {@link #writeTime}: no version check and no Paxos round, for items whose version was decided before
     * they got here (import, bulk load, replica). Writing the same item again is harmless, and of two
     * versions of an item the later one wins in whatever order they arrive. An interactive save that must
     * detect a lost race uses {@link #save}.
     */
    public CompletionStage<Void> putAsync(ContentItem item) {
        return putAsync(item, writeTime(item));
    }

    /**
     * The same write with another write time (microseconds): restoring a backup stamps its rows with the
     * restore's time, so they replace what is stored, including rows deleted since the backup.
     */
    public CompletionStage<Void> putAsync(ContentItem item, long writeTimeMicros) {
        return session.executeAsync(bindPut(item, writeTimeMicros)).thenApply(result -> null);
    }

    /** {@link #putAsync}, waiting for the cluster's acknowledgement. */
    public void put(ContentItem item) {
        session.execute(bindPut(item, writeTime(item)));
    }

    /**
     * The write timestamp (microseconds) of an item's cells: its updated_at in milliseconds, then the last
     * three digits of its version, so a later version orders after an earlier one even within one
     * millisecond. Synced rows follow the same scale (the change's hybrid clock reading, TeamContentCells),
     * and an LWT save's cells carry the Paxos ballot's time, also wall-clock microseconds.
     */
    public static long writeTime(ContentItem item) {
        return Math.addExact(
                Math.multiplyExact(item.updatedAt().toEpochMilli(), 1000L), Math.floorMod(item.version(), 1000L));
    }

    /** An instant as a Cassandra write time: microseconds since the epoch. */
    public static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }

    private BoundStatement bindPut(ContentItem item, long writeTimeMicros) {
        List<Object> values = new ArrayList<>(22);
        values.add(item.id().value());
        values.add(item.version());
        Collections.addAll(values, cells(item));
        values.add(writeTimeMicros);
        return put.bind(values.toArray()).setIdempotent(true);
    }

    private BoundStatement bindSave(ContentItem item) {
        Object[] cells = cells(item);
        List<Object> values = new ArrayList<>();
        if (item.version() == 1) {
            values.add(item.id().value());
            values.add(item.version());
            Collections.addAll(values, cells);
            return insertNew.bind(values.toArray());
        }
        values.add(item.version());
        Collections.addAll(values, cells);
        values.add(item.id().value());
        values.add(item.version() - 1);
        return updateVersioned.bind(values.toArray());
    }

    /** Every column after id and version, in {@link #COLUMNS} order. */
    private static Object[] cells(ContentItem item) {
        ContentBody body = item.body();
        return new Object[] {
            item.revision(),
            item.authorId().value(),
            body.title(),
            body.description(),
            body.contentType().storedValue(),
            body.platforms().stream().map(Platform::storedValue).toList(),
            body.caption(),
            body.scriptContent(),
            body.hashtags(),
            JsonCodec.instance().write(body.mediaPrompts()),
            body.platformSpecs(),
            item.complianceNotes(),
            floats(item.performanceMetrics()),
            item.status().storedValue(),
            item.createdAt(),
            item.updatedAt(),
            item.publishedAt(),
            // the same lists again as single cells (V006): what readers take, safe to write twice
            body.platforms().stream().map(Platform::storedValue).toList(),
            body.hashtags()
        };
    }

    private static ContentSave outcome(ContentItem item, Row result) {
        if (result != null && result.getBoolean("[applied]")) {
            return new ContentSave.Saved(item);
        }
        boolean rowExists =
                result != null && result.getColumnDefinitions().contains("version") && !result.isNull("version");
        if (rowExists && result.getColumnDefinitions().contains("title")) {
            // IF NOT EXISTS returns the whole stored row: the same item saved again (a retried first save)
            ContentItem stored = toItem(result);
            if (stored.equals(item)) {
                return new ContentSave.Saved(item);
            }
        }
        return new ContentSave.VersionConflict(item.id(), item.version(), rowExists ? result.getLong("version") : 0);
    }

    /** A timed-out LWT may or may not have applied; a SERIAL read sees any Paxos round finished. */
    private ContentSave settle(ContentItem item, WriteTimeoutException unknownOutcome) {
        Row row = session.execute(find.bind(item.id().value())
                        .setConsistencyLevel(ConsistencyLevel.LOCAL_SERIAL)
                        .setIdempotent(true))
                .one();
        if (row == null) {
            throw unknownOutcome;
        }
        ContentItem stored = toItem(row);
        if (stored.equals(item)) {
            return new ContentSave.Saved(item);
        }
        if (stored.version() == item.version() - 1) {
            throw unknownOutcome; // nothing applied and nobody else won: the caller may retry
        }
        return new ContentSave.VersionConflict(item.id(), item.version(), stored.version());
    }

    @Override
    public Optional<ContentItem> find(ContentId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        return Optional.ofNullable(row).map(AstraContentLibrary::toItem);
    }

    @Override
    public Page<ContentItem> list(ContentQuery query, PageRequest page) {
        if (!query.complianceStatuses().isEmpty()) {
            // derived locally from compliance_checks; silently ignoring the filter would list too much
            throw new IllegalArgumentException(
                    "compliance_statuses: the team store does not filter content by compliance status; the local store does");
        }
        var window = new ContentPageWindow(query.order(), query.reversed(), page);
        for (Row row : session.execute(listing(query))) {
            readable(row).filter(query::matches).ifPresent(window::offer);
        }
        return window.page();
    }

    @Override
    public long count(ContentQuery query) {
        long count = 0;
        for (Row row : session.execute(listing(query))) {
            if (readable(row).filter(query::matches).isPresent()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Map<ContentStatus, Long> countByStatus() {
        Map<ContentStatus, Long> counts = new EnumMap<>(ContentStatus.class);
        for (ContentStatus status : ContentStatus.values()) {
            long count = 0;
            for (Row ignored :
                    session.execute(countStatus.bind(status.storedValue()).setIdempotent(true))) {
                count++;
            }
            counts.put(status, count);
        }
        return counts;
    }

    /** The SAI-filtered read for the query's single-value filters, paged by the driver. */
    private BoundStatement listing(ContentQuery query) {
        int filters = 0;
        List<Object> values = new ArrayList<>();
        if (query.statuses().size() == 1) {
            filters |= 1;
            values.add(query.statuses().iterator().next().storedValue());
        }
        if (query.contentTypes().size() == 1) {
            filters |= 2;
            values.add(query.contentTypes().iterator().next().storedValue());
        }
        if (query.author().isPresent()) {
            filters |= 4;
            values.add(query.author().get().value());
        }
        if (query.platforms().size() == 1) {
            filters |= 8;
            values.add(query.platforms().iterator().next().storedValue());
        }
        return listings[filters]
                .bind(values.toArray())
                .setPageSize(settings.pageSize())
                .setIdempotent(true);
    }

    /**
     * A listing skips a row that is not a whole item (written cell by cell by an older client, say) with a
     * warning naming it, instead of failing every page that would contain it; {@link #find} reports it.
     */
    private static Optional<ContentItem> readable(Row row) {
        try {
            return Optional.of(toItem(row));
        } catch (RuntimeException incomplete) {
            LOG.warn(
                    "content_library row {} is not a complete item, left out of the listing: {}",
                    row.getUuid("id"),
                    incomplete.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, Float> floats(Map<String, Double> metrics) {
        Map<String, Float> floats = new LinkedHashMap<>();
        metrics.forEach((name, value) -> floats.put(name, value.floatValue()));
        return floats;
    }

    /** The frozen list (V006), or for a row written before it the V005 list. */
    private static List<String> list(Row row, String frozen, String beforeV006) {
        return row.isNull(frozen) ? row.getList(beforeV006, String.class) : row.getList(frozen, String.class);
    }

    static ContentItem toItem(Row row) {
        if (row.isNull("version") || row.isNull("revision") || row.isNull("author_id")) {
            throw new IllegalStateException("content_library row " + row.getUuid("id")
                    + ": version, revision or author_id is missing (not written by a Curator save)");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        row.getMap("performance_metrics", String.class, Float.class)
                .forEach((name, value) -> metrics.put(name, AstraContentEmbeddings.widen(value)));
        String prompts = row.getString("media_prompts");
        var body = new ContentBody(
                row.getString("title"),
                row.getString("description"),
                ContentType.fromStored(row.getString("content_type")),
                list(row, "platform_list", "platforms").stream()
                        .map(Platform::fromStored)
                        .toList(),
                row.getString("caption"),
                row.getString("script_content"),
                list(row, "hashtag_list", "hashtags"),
                prompts == null || prompts.isBlank()
                        ? List.of()
                        : JsonCodec.instance().read(prompts, STRINGS),
                row.getMap("platform_specs", String.class, String.class));
        return new ContentItem(
                new ContentId(row.getUuid("id")),
                row.getLong("version"),
                row.getLong("revision"),
                new UserId(row.getUuid("author_id")),
                body,
                ContentStatus.fromStored(row.getString("status")),
                row.getString("compliance_notes"),
                metrics,
                row.getInstant("created_at"),
                row.getInstant("updated_at"),
                row.getInstant("published_at"));
    }
}
