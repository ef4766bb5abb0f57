package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.ChangePage;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.sync.PushReceipt;
import com.eesystem.curator.domain.sync.RemoteChange;
import com.eesystem.curator.domain.sync.SyncGateway;
import com.eesystem.curator.domain.sync.SyncWatermark;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;

/**
 * The team store's side of sync on AstraDB / Cassandra (docs/sync.md, "Protocol").
 *
 * <p>Push, per batch of one device's entries: read the batch's receipts in {@code change_receipts} and
 * write a receipt per new (device, sequence) (one partition: the device), then append the change-feed
 * row at the receipt's (bucket, change_id) and apply the change to the team tables with write timestamps
 * from the hybrid logical clock. A retry finds the receipts and
 * rewrites the same feed row and cells (idempotent upserts), so nothing is stored twice; a receipt whose
 * feed row never landed (the pusher died in between) gets a fresh change_id so pullers see it.
 *
 * <p>Pull reads the feed day bucket by day bucket from the watermark, stopping {@link #settleTime} before
 * now so a feed row still being written (its change_id taken a moment earlier) is never skipped.
 */
public final class AstraSyncGateway implements SyncGateway {

    /** How long the feed keeps rows (the table's default TTL): a pull from the beginning starts there. */
    static final Duration FEED_RETENTION = Duration.ofDays(90);

    /** Feed rows per unlogged single-partition batch (~1 KB each: well under the mutation size limit). */
    static final int FEED_CHUNK = 50;

    /** Team rows per unlogged batch of rows on the same replicas (Cassandra warns above 10 partitions). */
    static final int CELL_CHUNK = 10;

    /** About this many bytes of values per team-row batch (Cassandra warns above 5 KiB, fails above 50). */
    static final int CELL_CHUNK_BYTES = 4_000;

    /** Requests of one push outstanding at once. */
    static final int IN_FLIGHT = 128;

    private final CqlSession session;
    private final Clock clock;
    private final Duration settleTime;
    private final TeamContentCells contentCells;
    private final TeamRows teamRows;
    private final TeamReviewRows reviewRows;
    private final PreparedStatement readReceipts;
    private final PreparedStatement insertReceipt;
    private final PreparedStatement moveReceipt;
    private final PreparedStatement insertFeed;
    private final PreparedStatement feedRowExists;
    private final PreparedStatement readFeed;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

    public AstraSyncGateway(CqlSession session, Clock clock, Duration settleTime) {
        this.session = Objects.requireNonNull(session, "session");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settleTime = Objects.requireNonNull(settleTime, "settleTime");
        this.contentCells = new TeamContentCells(session);
        this.teamRows = new TeamRows(session);
        this.reviewRows = new TeamReviewRows(session);
        this.readReceipts = session.prepare("SELECT origin_sequence, bucket, change_id FROM change_receipts"
                + " WHERE origin_device = ? AND origin_sequence >= ? AND origin_sequence <= ?");
        this.insertReceipt =
                session.prepare("INSERT INTO change_receipts (origin_device, origin_sequence, bucket, change_id)"
                        + " VALUES (?, ?, ?, ?)");
        this.moveReceipt = session.prepare("UPDATE change_receipts SET bucket = ?, change_id = ?"
                + " WHERE origin_device = ? AND origin_sequence = ? IF change_id = ?");
        this.insertFeed = session.prepare(
                "INSERT INTO change_feed (bucket, change_id, entity_type, entity_id, operation, payload, hlc,"
                        + " origin_device, origin_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.feedRowExists = session.prepare("SELECT change_id FROM change_feed WHERE bucket = ? AND change_id = ?");
        this.readFeed = session.prepare(
                "SELECT change_id, entity_type, entity_id, operation, payload, hlc, origin_device, origin_sequence"
                        + " FROM change_feed WHERE bucket = ? AND change_id > ? AND change_id < ? LIMIT ?");
    }

    /** With a 5 s settle time. */
    public AstraSyncGateway(CqlSession session, Clock clock) {
        this(session, clock, Duration.ofSeconds(5));
    }

    public Duration settleTime() {
        return settleTime;
    }

    @Override
    public PushReceipt push(List<OutboxEntry> entries) {
        try {
            return startPush(entries).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    @Override
    public CompletableFuture<PushReceipt> startPush(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return CompletableFuture.completedFuture(new PushReceipt(0));
        }
        DeviceId device = entries.getFirst().deviceId();
        long previous = 0;
        for (OutboxEntry entry : entries) {
            if (!entry.deviceId().equals(device) || entry.sequence() <= previous) {
                throw new IllegalArgumentException("push: entries must be one device's in sequence order; "
                        + entry.deviceId() + " #" + entry.sequence() + " follows " + device + " #" + previous);
            }
            previous = entry.sequence();
        }
        List<CompletableFuture<?>> writes;
        try {
            writes = store(entries, claimReceipts(device, entries));
        } catch (DriverException e) {
            throw new SyncUnavailable("pushing " + entries.size() + " changes to the team store failed: " + e, e);
        }
        return CompletableFuture.allOf(writes.stream()
                        .map(write -> write.handle((ok, error) -> null))
                        .toArray(CompletableFuture[]::new))
                .thenApply(settled -> receipt(entries, writes));
    }

    /** The highest sequence through which every write was confirmed; fails when not even the first was. */
    private static PushReceipt receipt(List<OutboxEntry> entries, List<CompletableFuture<?>> writes) {
        long acknowledged = 0;
        for (int i = 0; i < entries.size(); i++) {
            try {
                writes.get(i).join();
                acknowledged = entries.get(i).sequence();
            } catch (CompletionException e) {
                if (acknowledged == 0) {
                    throw unwrap(e);
                }
                break;
            }
        }
        return new PushReceipt(acknowledged);
    }

    /**
     * Starts every write of a batch and returns, per entry, when its feed row and team cells are stored.
     * Feed rows of first pushes share a day bucket, i.e. one partition: they go as unlogged single-partition
     * batches of {@link #FEED_CHUNK} rows (one mutation each instead of one per row, the biggest saving on
     * the server). Team rows go as batches of rows on the same replicas ({@link #replicaBatches}). At most {@link #IN_FLIGHT}
     * requests are outstanding, so a large push neither floods the connection nor the server's queues.
     */
    private List<CompletableFuture<?>> store(List<OutboxEntry> entries, Map<Long, Placement> placements) {
        List<CompletableFuture<?>> feed = new ArrayList<>(entries.size());
        Map<String, List<Integer>> freshByBucket = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry entry = entries.get(i);
            Placement placement = placements.get(entry.sequence());
            if (placement.existed()) {
                feed.add(retried(entry, placement)); // a retry: rare, row by row
            } else {
                feed.add(null);
                freshByBucket
                        .computeIfAbsent(placement.bucket(), b -> new ArrayList<>())
                        .add(i);
            }
        }
        for (List<Integer> indexes : freshByBucket.values()) {
            for (int from = 0; from < indexes.size(); from += FEED_CHUNK) {
                List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + FEED_CHUNK));
                BatchStatement batch = BatchStatement.newInstance(BatchType.UNLOGGED);
                for (int i : chunk) {
                    batch = batch.add(feedRow(
                            entries.get(i), placements.get(entries.get(i).sequence())));
                }
                CompletableFuture<?> written = bounded(batch);
                chunk.forEach(i -> feed.set(i, written));
            }
        }
        // building the team-row statements parses every envelope: spread it over the cores
        List<Optional<Statement<?>>> cellWrites =
                entries.parallelStream().map(this::teamWrite).toList();
        List<CompletableFuture<?>> cells = replicaBatches(entries, cellWrites);
        List<CompletableFuture<?>> done = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            done.add(CompletableFuture.allOf(feed.get(i), cells.get(i)));
        }
        return done;
    }

    /**
     * Issues the team-row writes of a batch as unlogged batches of rows that live on the same replicas
     * (from the driver's token map), at most {@link #CELL_CHUNK} rows and about {@link #CELL_CHUNK_BYTES}
     * per batch: one request (and one hop) per chunk instead of per row, under Cassandra's batch size and
     * partition-count warnings. Without a token map every row goes on its own. Returns, per entry, when its
     * row is written.
     */
    private List<CompletableFuture<?>> replicaBatches(List<OutboxEntry> entries, List<Optional<Statement<?>>> writes) {
        List<CompletableFuture<?>> written = new ArrayList<>(entries.size());
        Map<Set<Node>, List<Integer>> byReplicas = new LinkedHashMap<>();
        Optional<TokenMap> tokens = session.getMetadata().getTokenMap();
        for (int i = 0; i < entries.size(); i++) {
            written.add(CompletableFuture.completedFuture(null));
            if (writes.get(i).isPresent()) {
                byReplicas
                        .computeIfAbsent(replicasOf(tokens, writes.get(i).get()), r -> new ArrayList<>())
                        .add(i);
            }
        }
        for (var group : byReplicas.entrySet()) {
            boolean batchable = !group.getKey().isEmpty();
            List<Integer> chunk = new ArrayList<>();
            int bytes = 0;
            for (int i : group.getValue()) {
                int size = valueBytes(writes.get(i).orElseThrow());
                if (!chunk.isEmpty() && (!batchable || chunk.size() == CELL_CHUNK || bytes + size > CELL_CHUNK_BYTES)) {
                    issueCells(chunk, writes, written);
                    chunk = new ArrayList<>();
                    bytes = 0;
                }
                chunk.add(i);
                bytes += size;
            }
            if (!chunk.isEmpty()) {
                issueCells(chunk, writes, written);
            }
        }
        return written;
    }

    private void issueCells(
            List<Integer> chunk, List<Optional<Statement<?>>> writes, List<CompletableFuture<?>> written) {
        CompletableFuture<?> future;
        if (chunk.size() == 1) {
            future = bounded(writes.get(chunk.getFirst()).orElseThrow());
        } else {
            BatchStatementBuilder batch = BatchStatement.builder(BatchType.UNLOGGED);
            chunk.forEach(i ->
                    batch.addStatement((BatchableStatement<?>) writes.get(i).orElseThrow()));
            future = bounded(batch.setIdempotence(true).build());
        }
        chunk.forEach(i -> written.set(i, future));
    }

    /** The serialized size of a statement's bound values: about the mutation's size on the server. */
    private static int valueBytes(Statement<?> statement) {
        if (!(statement instanceof BoundStatement bound)) {
            return CELL_CHUNK_BYTES; // a batch of its own (e.g. a schedule entry with its calendar row)
        }
        int bytes = 0;
        for (ByteBuffer value : bound.getValues()) {
            bytes += value == null ? 0 : value.remaining();
        }
        return bytes;
    }

    /** The nodes holding a statement's partition; empty when unknown (then it is not batched with others). */
    private Set<Node> replicasOf(Optional<TokenMap> tokens, Statement<?> statement) {
        ByteBuffer key = statement.getRoutingKey();
        CqlIdentifier keyspace = statement.getRoutingKeyspace() != null
                ? statement.getRoutingKeyspace()
                : session.getKeyspace().orElse(null);
        if (!(statement instanceof BatchableStatement<?>) || tokens.isEmpty() || key == null || keyspace == null) {
            return Set.of();
        }
        return tokens.get().getReplicas(keyspace, key);
    }

    /**
     * The write of a change's team-table row: content cells, a whole-row entity's row, or a review record
     * (V007 tables).
     */
    private Optional<Statement<?>> teamWrite(OutboxEntry entry) {
        return contentCells.statement(entry).or(() -> teamRows.statement(entry)).or(() -> reviewRows.statement(entry));
    }

    /** Executes with at most {@link #IN_FLIGHT} requests of this gateway outstanding. */
    private CompletableFuture<?> bounded(Statement<?> statement) {
        inFlight.acquireUninterruptibly();
        try {
            return session.executeAsync(statement)
                    .toCompletableFuture()
                    .whenComplete((result, error) -> inFlight.release());
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    private BoundStatement feedRow(OutboxEntry entry, Placement target) {
        return insertFeed.bind(
                target.bucket(),
                target.changeId(),
                entry.entityType(),
                entry.entityId(),
                entry.operation().storedValue(),
                entry.payloadJson(),
                entry.timestamp().toText(),
                entry.deviceId().value(),
                entry.sequence());
    }

    /**
     * Where each entry's feed row lives: its existing receipt, or a new one written now. Plain writes, no
     * Paxos: only one process pushes a device's outbox (the local store is locked to one process), and its
     * batches claim one after the other, so reading the batch's receipts (one range of one partition) and
     * writing the missing ones (one unlogged single-partition batch, i.e. one mutation) cannot race. The
     * receipts are stored before any feed row is written, so a feed row never exists without its receipt.
     */
    private Map<Long, Placement> claimReceipts(DeviceId device, List<OutboxEntry> entries) {
        Map<Long, Placement> placements = existingReceipts(device, entries);
        BatchStatementBuilder claims = BatchStatement.builder(BatchType.UNLOGGED);
        Map<Long, Placement> fresh = new HashMap<>();
        for (OutboxEntry entry : entries) {
            if (!placements.containsKey(entry.sequence())) {
                Placement placement = Placement.now();
                fresh.put(entry.sequence(), placement);
                claims.addStatement(
                        insertReceipt.bind(device.value(), entry.sequence(), placement.bucket(), placement.changeId()));
            }
        }
        if (!fresh.isEmpty()) {
            session.execute(claims.setIdempotence(true).build());
            placements.putAll(fresh);
        }
        return placements;
    }

    private Map<Long, Placement> existingReceipts(DeviceId device, List<OutboxEntry> entries) {
        Map<Long, Placement> existing = new HashMap<>();
        ResultSet rows = session.execute(readReceipts
                .bind(
                        device.value(),
                        entries.getFirst().sequence(),
                        entries.getLast().sequence())
                .setIdempotent(true));
        for (Row row : rows) {
            existing.put(
                    row.getLong("origin_sequence"),
                    new Placement(row.getString("bucket"), row.getUuid("change_id"), true));
        }
        return existing;
    }

    /** A retried entry: rewrite its feed row where the receipt says, or move it if that row never landed. */
    private CompletableFuture<?> retried(OutboxEntry entry, Placement placement) {
        return session.executeAsync(feedRowExists.bind(placement.bucket(), placement.changeId()))
                .thenCompose(found ->
                        found.one() != null ? CompletableFuture.completedFuture(placement) : replace(entry, placement))
                .thenCompose(target -> session.executeAsync(feedRow(entry, target)))
                .toCompletableFuture();
    }

    /** The receipt exists but its feed row does not: the earlier push died in between. */
    private CompletionStage<Placement> replace(OutboxEntry entry, Placement old) {
        Placement fresh = Placement.now();
        return session.executeAsync(moveReceipt
                        .bind(
                                fresh.bucket(),
                                fresh.changeId(),
                                entry.deviceId().value(),
                                entry.sequence(),
                                old.changeId())
                        .setSerialConsistencyLevel(DefaultConsistencyLevel.SERIAL))
                .thenApply(AsyncResultSet::wasApplied)
                .thenApply(moved -> {
                    if (!moved) {
                        throw new SyncUnavailable("push: the receipt of " + entry.deviceId() + " #" + entry.sequence()
                                + " moved under this push; retry");
                    }
                    return fresh;
                });
    }

    @Override
    public ChangePage pull(SyncWatermark since, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize: " + pageSize + ", must be at least 1");
        }
        Instant cutoff = clock.instant().minus(settleTime);
        LocalDate lastBucket = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        FeedPosition position = since.isBeginning()
                ? FeedPosition.startOf(lastBucket.minusDays(FEED_RETENTION.toDays() + 1))
                : FeedPosition.parse(since);
        UUID before = Uuids.startOf(cutoff.toEpochMilli());
        List<RemoteChange> changes = new ArrayList<>();
        try {
            while (changes.size() < pageSize && !position.bucket().isAfter(lastBucket)) {
                int wanted = pageSize - changes.size();
                int read = 0;
                for (Row row :
                        session.execute(readFeed.bind(position.bucket().toString(), position.after(), before, wanted)
                                .setPageSize(Math.min(wanted, 1000)))) {
                    changes.add(change(row));
                    position = new FeedPosition(position.bucket(), row.getUuid("change_id"));
                    read++;
                }
                if (read == wanted) {
                    return new ChangePage(changes, position.toWatermark(), true);
                }
                if (!position.bucket().isBefore(lastBucket)) {
                    break;
                }
                position = FeedPosition.startOf(position.bucket().plusDays(1));
            }
            return new ChangePage(changes, position.toWatermark(), false);
        } catch (DriverException e) {
            throw new SyncUnavailable("pulling changes from the team store failed: " + e, e);
        }
    }

    private static RemoteChange change(Row row) {
        return new RemoteChange(
                row.getString("entity_type"),
                row.getString("entity_id"),
                ChangeOperation.fromStored(row.getString("operation")),
                row.getString("payload"),
                HlcTimestamp.parse(row.getString("hlc")),
                DeviceId.of(row.getString("origin_device")),
                row.getLong("origin_sequence"));
    }

    private static RuntimeException unwrap(CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DriverException driver) {
            return new SyncUnavailable("pushing to the team store failed: " + driver, driver);
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }

    /** Where a change's feed row is: the UTC day of its change_id, and the id. */
    record Placement(String bucket, UUID changeId, boolean existed) {
        static Placement now() {
            UUID id = Uuids.timeBased();
            return new Placement(
                    LocalDate.ofInstant(Instant.ofEpochMilli(Uuids.unixTimestamp(id)), ZoneOffset.UTC)
                            .toString(),
                    id,
                    false);
        }
    }
}
