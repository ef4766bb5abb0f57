package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.ChangePage;
import com.eesystem.curator.domain.sync.ChangeStamp;
import com.eesystem.curator.domain.sync.FieldVersion;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.sync.PushReceipt;
import com.eesystem.curator.domain.sync.RemoteChange;
import com.eesystem.curator.domain.sync.RowMerge;
import com.eesystem.curator.domain.sync.SyncGateway;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.SqliteReviewRecords;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.local.SqliteSyncedRows.RowKey;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop's sync: pushes the outbox in order (acknowledging only what the team store confirmed),
 * then pulls the change feed page by page and merges each change into the local store field by field
 * (docs/sync.md, "Conflict rules"). Not thread-safe: one {@link SyncWorker} (or one command) drives it.
 */
public final class SyncEngine {

    static final String FEED = "change_feed";

    /**
     * Entities synced as whole rows: the change with the later stamp wins (content items merge field by
     * field instead). Adding an entity: its name here and one case in {@code Transaction.writeRow}.
     */
    static final Set<String> WHOLE_ROW = Set.of(
            "publication_schedule",
            "content_templates",
            "brand_guidelines",
            "brand_knowledge",
            "compliance_checks",
            "agent_memory");

    /** The one field of a whole-row entity's sync state: the row's JSON. */
    static final String ROW = "row";

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final int MAX_ROUNDS = 8;
    /** Push batches whose writes may be in flight while earlier ones wait for their acknowledgement. */
    private static final int PUSHES_AHEAD = 2;

    private final SqliteSyncedRows local;
    private final SyncGateway gateway;
    private final int pushBatch;
    private final int pullPage;
    private final PulledReviewRecords reviewRecords;

    public SyncEngine(SqliteSyncedRows local, SyncGateway gateway, int pushBatch, int pullPage) {
        this.local = Objects.requireNonNull(local, "local");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.reviewRecords = new PulledReviewRecords(local.reviewRecords(), java.time.Clock.systemUTC());
        if (pushBatch < 1 || pushBatch > 500) {
            throw new IllegalArgumentException("pushBatch: " + pushBatch + " is outside 1..500");
        }
        if (pullPage < 1) {
            throw new IllegalArgumentException("pullPage: " + pullPage + " is below 1");
        }
        this.pushBatch = pushBatch;
        this.pullPage = pullPage;
    }

    public SyncEngine(SqliteSyncedRows local, SyncGateway gateway) {
        this(local, gateway, 200, 500);
    }

    /** What one sync did. */
    public record SyncReport(long pushed, long pulled, long applied, long conflicts, long corrections) {

        SyncReport plus(SyncReport other) {
            return new SyncReport(
                    pushed + other.pushed,
                    pulled + other.pulled,
                    applied + other.applied,
                    conflicts + other.conflicts,
                    corrections + other.corrections);
        }
    }

    public long pendingCount() {
        return local.outbox().pendingCount();
    }

    /**
     * The pulled review decisions and audit entries rejected since the last call because their signature
     * or hash did not verify (docs/sync.md, "Signed decisions"), oldest first.
     */
    public List<SqliteReviewRecords.Rejection> takeRejections() {
        return reviewRecords.takeRejections();
    }

    /**
     * Push everything, then pull everything; again while a pull had to stop for local changes made
     * meanwhile (or corrections it wrote). Throws {@link SyncUnavailable} when the team store fails; what
     * was confirmed before stays confirmed.
     */
    public SyncReport syncOnce() {
        SyncReport total = new SyncReport(0, 0, 0, 0, 0);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            total = total.plus(new SyncReport(push(), 0, 0, 0, 0));
            PullOutcome pulled = pull();
            total = total.plus(pulled.report());
            if (pulled.complete() && local.outbox().pendingCount() == 0) {
                return total;
            }
        }
        return total;
    }

    /**
     * Pushes the whole outbox in batches; returns how many entries the team store confirmed. Three stages
     * overlap: the next batch is read and stamped (one thread), the current one's receipts are claimed and
     * its writes issued (this thread), and earlier batches are acknowledged locally in order as the team
     * store confirms them (a third thread). At most {@link #PUSHES_AHEAD} batches wait for their
     * acknowledgement, so memory stays flat however long the outbox is.
     */
    public long push() {
        // batches that may be unacknowledged while the next one is prepared: the ones waiting, the one being
        // issued, the one being prepared
        PushOverlay overlay = new PushOverlay(PUSHES_AHEAD + 2);
        AtomicLong pushed = new AtomicLong();
        AtomicBoolean gap = new AtomicBoolean();
        try (ExecutorService preparer =
                        Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
                ExecutorService acker =
                        Executors.newSingleThreadExecutor(Thread.ofVirtual().factory())) {
            CompletableFuture<Batch> prepared =
                    CompletableFuture.supplyAsync(() -> prepare(local.pendingAfter(0, pushBatch), overlay), preparer);
            CompletableFuture<Void> acknowledged = CompletableFuture.completedFuture(null);
            Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
            while (true) {
                Batch batch = await(prepared);
                if (batch.pending().isEmpty() || gap.get() || acknowledged.isCompletedExceptionally()) {
                    break;
                }
                prepared = CompletableFuture.supplyAsync(
                        () -> prepare(local.pendingAfter(batch.lastSequence(), pushBatch), overlay), preparer);
                CompletableFuture<PushReceipt> sent;
                try {
                    sent = gateway.startPush(batch.envelopes());
                } catch (RuntimeException e) {
                    sent = CompletableFuture.failedFuture(e);
                }
                CompletableFuture<PushReceipt> confirmed = sent;
                acknowledged = acknowledged.thenComposeAsync(
                        previous -> confirmed.thenAcceptAsync(
                                receipt -> {
                                    if (gap.get()) {
                                        return; // an earlier batch was cut short: this one is sent again later
                                    }
                                    long through = receipt.acknowledgedThrough();
                                    pushed.addAndGet(acknowledge(batch, through));
                                    gap.set(through < batch.lastSequence());
                                },
                                acker),
                        acker);
                waiting.addLast(acknowledged);
                if (waiting.size() > PUSHES_AHEAD) {
                    waiting.removeFirst().handle((ok, error) -> null).join();
                }
            }
            prepared.cancel(false);
            // a partly confirmed batch ends the push without an error; the next sync resends the rest
            await(acknowledged);
        }
        return pushed.get();
    }

    private long acknowledge(Batch batch, long through) {
        Map<RowKey, String> confirmed = new LinkedHashMap<>();
        long count = 0;
        for (int i = 0; i < batch.pending().size() && batch.pending().get(i).sequence() <= through; i++) {
            count++;
            if (batch.states().get(i) != null) {
                confirmed.put(
                        batch.states().get(i).getKey(), batch.states().get(i).getValue());
            }
        }
        if (count == 0) {
            throw new SyncUnavailable(
                    "the team store confirmed none of " + batch.pending().size() + " changes");
        }
        local.acknowledge(through, confirmed);
        return count;
    }

    /**
     * A push batch: the outbox rows, what is sent for them, and the row state (as the JSON kept in
     * {@code sync_rows}, serialized once) each one confirms.
     */
    private record Batch(
            List<OutboxEntry> pending, List<OutboxEntry> envelopes, List<Map.Entry<RowKey, String>> states) {

        long lastSequence() {
            return pending.getLast().sequence();
        }
    }

    private Batch prepare(List<OutboxEntry> pending, PushOverlay overlay) {
        overlay.nextBatch();
        List<RowKey> unknown = new ArrayList<>();
        for (OutboxEntry entry : pending) {
            RowKey key = new RowKey(entry.entityType(), entry.entityId());
            if (isContentUpsert(entry) && !overlay.contains(key)) {
                unknown.add(key);
            }
        }
        Map<RowKey, String> bases = local.metas(unknown);
        Stamped stampedAhead = stampRowsInParallel(pending, overlay, bases);
        List<OutboxEntry> envelopes = new ArrayList<>(pending.size());
        List<Map.Entry<RowKey, String>> states = new ArrayList<>(pending.size());
        for (int index = 0; index < pending.size(); index++) {
            OutboxEntry entry = pending.get(index);
            RowKey key = new RowKey(entry.entityType(), entry.entityId());
            if (!isContentUpsert(entry)) {
                envelopes.add(entry);
                ChangeStamp stamp = new ChangeStamp(entry.timestamp(), entry.deviceId());
                boolean synced = WHOLE_ROW.contains(entry.entityType()) || isContent(entry);
                // a whole-row entity remembers the stamp of its confirmed version: an older pulled change must
                // not replace it; a deleted row remembers its delete, so no pulled change brings it back
                states.add(
                        !synced
                                ? null
                                : entry.operation() == ChangeOperation.DELETE
                                        ? Map.entry(
                                                key,
                                                RowTombstones.tombstone(stamp).toJson())
                                        : Map.entry(
                                                key,
                                                wholeRow(entry.payloadJson(), stamp)
                                                        .toJson()));
                if (entry.operation() == ChangeOperation.DELETE) {
                    overlay.remove(key);
                }
                continue;
            }
            RowState next = stampedAhead.states()[index] != null
                    ? stampedAhead.states()[index]
                    : stamped(baseOf(key, overlay, bases), entry);
            overlay.put(key, next);
            String envelope = stampedAhead.envelopes()[index] != null
                    ? stampedAhead.envelopes()[index]
                    : next.toJson(); // also the confirmed base once acknowledged
            states.add(Map.entry(key, envelope));
            envelopes.add(new OutboxEntry(
                    entry.sequence(),
                    entry.entityType(),
                    entry.entityId(),
                    entry.operation(),
                    envelope,
                    entry.timestamp(),
                    entry.deviceId()));
        }
        return new Batch(pending, envelopes, states);
    }

    /** Row states (and their JSON) stamped ahead of the batch loop, by position; null where not done ahead. */
    private record Stamped(RowState[] states, String[] envelopes) {}

    /**
     * Stamps the content upserts of a batch in parallel, row by row: a change's base is its row's previous
     * change, so each row's changes are stamped in order on one thread, and different rows on different
     * cores (flattening and JSON writing are most of a push's client CPU). A batch that also deletes
     * content is stamped in the batch loop alone (a delete resets its row's base mid-batch).
     */
    private static Stamped stampRowsInParallel(
            List<OutboxEntry> pending, PushOverlay overlay, Map<RowKey, String> bases) {
        RowState[] states = new RowState[pending.size()];
        String[] envelopes = new String[pending.size()];
        Map<RowKey, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            OutboxEntry entry = pending.get(i);
            if (isContent(entry) && entry.operation() == ChangeOperation.DELETE) {
                return new Stamped(states, envelopes);
            }
            if (isContentUpsert(entry)) {
                rows.computeIfAbsent(new RowKey(entry.entityType(), entry.entityId()), k -> new ArrayList<>())
                        .add(i);
            }
        }
        // the overlay and bases are only read here; the batch loop writes the overlay afterwards
        rows.entrySet().parallelStream().forEach(row -> {
            RowState state = baseOf(row.getKey(), overlay, bases);
            for (int i : row.getValue()) {
                state = stamped(state, pending.get(i));
                states[i] = state;
                envelopes[i] = state.toJson();
            }
        });
        return new Stamped(states, envelopes);
    }

    private static RowState baseOf(RowKey key, PushOverlay overlay, Map<RowKey, String> bases) {
        return overlay.get(key)
                .orElseGet(() -> Optional.ofNullable(bases.get(key))
                        .map(RowState::fromJson)
                        .orElse(RowState.EMPTY));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause()
                    : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SyncUnavailable("push failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncUnavailable("push interrupted", e);
        }
    }

    private static boolean isContentUpsert(OutboxEntry entry) {
        return isContent(entry) && entry.operation() == ChangeOperation.UPSERT;
    }

    private static boolean isContent(OutboxEntry entry) {
        return entry.entityType().equals(ContentFields.ENTITY);
    }

    /** The row's field versions after a local change: the fields it changed get the change's stamp. */
    static RowState stamped(RowState base, OutboxEntry entry) {
        ChangeStamp stamp = new ChangeStamp(entry.timestamp(), entry.deviceId());
        Map<String, FieldVersion> fields = new TreeMap<>(base.fields());
        ContentFields.flatten(entry.payloadJson()).forEach((name, value) -> {
            FieldVersion previous = base.fields().get(name);
            if (previous == null) {
                fields.put(name, FieldVersion.first(value, stamp));
            } else if (!previous.value().equals(value)) {
                fields.put(
                        name,
                        stamp.isAfter(previous.stamp())
                                ? previous.editedTo(value, stamp)
                                : new FieldVersion(value, stamp, Optional.empty()));
            }
        });
        Map<String, ChangeStamp> basis = base.approvedBasis();
        if (fields.get(ContentFields.STATUS).stamp().equals(stamp)) {
            basis = ContentFields.isDecision(ContentFields.statusOf(
                            fields.get(ContentFields.STATUS).value()))
                    ? bodyStamps(fields)
                    : Map.of();
        }
        return new RowState(fields, basis);
    }

    private static Map<String, ChangeStamp> bodyStamps(Map<String, FieldVersion> fields) {
        Map<String, ChangeStamp> stamps = new TreeMap<>();
        fields.forEach((name, version) -> {
            if (ContentFields.isBody(name)) {
                stamps.put(name, version.stamp());
            }
        });
        return stamps;
    }

    private record PullOutcome(SyncReport report, boolean complete) {}

    /**
     * Pulls page after page; the next page is fetched while the current one is applied, so the network
     * and SQLite work overlap. Only one page waits in memory besides the one being applied.
     */
    private PullOutcome pull() {
        SyncReport total = new SyncReport(0, 0, 0, 0, 0);
        ChangePage page = gateway.pull(local.watermark(FEED), pullPage);
        try (ExecutorService fetcher = Executors.newVirtualThreadPerTaskExecutor()) {
            while (true) {
                ChangePage applying = page;
                Future<ChangePage> ahead =
                        applying.hasMore() ? fetcher.submit(() -> gateway.pull(applying.next(), pullPage)) : null;
                SyncReport applied =
                        local.inTransaction("applying " + applying.changes().size() + " pulled changes", tx -> {
                            // local changes not yet pushed are not stamped yet: merging over them could lose them
                            if (tx.pendingCount() > 0) {
                                return null;
                            }
                            SyncReport report =
                                    new SyncReport(0, applying.changes().size(), 0, 0, 0);
                            for (RemoteChange change : applying.changes()) {
                                report = report.plus(apply(tx, change));
                            }
                            tx.putWatermark(FEED, applying.next());
                            return report;
                        });
                if (applied == null) {
                    if (ahead != null) {
                        ahead.cancel(true);
                    }
                    return new PullOutcome(total, false);
                }
                total = total.plus(applied);
                if (ahead == null) {
                    return new PullOutcome(total, true);
                }
                page = await(ahead);
            }
        }
    }

    private SyncReport apply(SqliteSyncedRows.Transaction tx, RemoteChange change) {
        tx.receive(change.timestamp());
        if (change.originDevice().equals(local.deviceId())) {
            return new SyncReport(0, 0, 0, 0, 0);
        }
        if (PulledReviewRecords.handles(change)) {
            // signed decisions, reviewer keys and audit entries: verified before they are kept
            return new SyncReport(0, 0, reviewRecords.apply(tx, change) ? 1 : 0, 0, 0);
        }
        boolean synced =
                WHOLE_ROW.contains(change.entityType()) || change.entityType().equals(ContentFields.ENTITY);
        if (!synced) {
            LOG.debug(
                    "pulled {} {} of {}: not merged locally",
                    change.operation(),
                    change.entityId(),
                    change.entityType());
            return new SyncReport(0, 0, 0, 0, 0);
        }
        Optional<RowState> mine;
        try {
            mine = tx.meta(change.entityType(), change.entityId()).map(RowState::fromJson);
        } catch (IllegalArgumentException e) {
            LOG.warn(
                    "sync state of {} {} is unreadable, taken as unknown: {}",
                    change.entityType(),
                    change.entityId(),
                    e.getMessage());
            mine = Optional.empty();
        }
        ChangeStamp stamp = new ChangeStamp(change.timestamp(), change.originDevice());
        if (change.operation() == ChangeOperation.DELETE) {
            return RowTombstones.applyDelete(tx, change, mine, stamp);
        }
        if (mine.isPresent() && RowTombstones.isTombstone(mine.get())) {
            return RowTombstones.stayDeleted(tx, change, mine.get(), stamp);
        }
        if (WHOLE_ROW.contains(change.entityType())) {
            return applyWholeRow(tx, change, mine, stamp);
        }
        return merge(tx, change, mine.orElse(RowState.EMPTY));
    }

    /** Merges a pulled content change into this desktop's row field by field (docs/sync.md, "Conflict rules"). */
    private SyncReport merge(SqliteSyncedRows.Transaction tx, RemoteChange change, RowState mine) {
        if (change.operation() != ChangeOperation.UPSERT) {
            return new SyncReport(0, 0, 0, 0, 0);
        }
        RowState remote;
        try {
            remote = RowState.fromJson(change.payloadJson());
        } catch (IllegalArgumentException e) {
            LOG.warn(
                    "pulled change {} #{} has no field versions, skipped: {}",
                    change.originDevice(),
                    change.originSequence(),
                    e.getMessage());
            return new SyncReport(0, 0, 0, 0, 0);
        }
        RowKey key = new RowKey(change.entityType(), change.entityId());
        RowMerge merge = RowMerge.of(mine.fields(), remote.fields(), ContentFields::kindOf);
        if (merge.changedFields().isEmpty() && !merge.hasConflicts()) {
            return new SyncReport(0, 0, 0, 0, 0);
        }
        for (var conflict : merge.conflicts().entrySet()) {
            tx.addConflict(
                    key,
                    conflict.getKey(),
                    merge.fields().get(conflict.getKey()).value(),
                    conflict.getValue().value(),
                    RowState.stampText(conflict.getValue().stamp()));
        }
        FieldVersion mergedStatus = merge.fields().get(ContentFields.STATUS);
        boolean statusFromRemote = merge.changedFields().contains(ContentFields.STATUS);
        RowState merged =
                new RowState(merge.fields(), statusFromRemote ? remote.approvedBasis() : mine.approvedBasis());
        tx.putMeta(key.entity(), key.entityId(), merged.toJson());

        Optional<ContentItem> current = tx.content(change.entityId());
        Map<String, String> values = new TreeMap<>();
        merged.fields().forEach((name, version) -> values.put(name, version.value()));
        boolean bodyChanged = merge.changedFields().stream().anyMatch(ContentFields::isBody);
        Instant updatedAt = latest(
                current.map(ContentItem::updatedAt).orElse(Instant.EPOCH),
                change.timestamp().physicalTime(),
                Instant.parse(JsonCodec.instance().tree(values.get("createdAt")).asText()));
        ContentItem item = ContentFields.rebuild(
                change.entityId(),
                values,
                current.map(i -> i.version() + 1).orElse(1L),
                current.map(i -> i.revision() + (bodyChanged ? 1 : 0)).orElse(1L),
                updatedAt);
        tx.writeContent(item, false);

        Optional<ContentStatus> correction = correction(mine, merged, mergedStatus);
        if (correction.isPresent()) {
            values.put(ContentFields.STATUS, ContentFields.statusValue(correction.get()));
            tx.writeContent(
                    ContentFields.rebuild(
                            change.entityId(), values, item.version() + 1, item.revision(), item.updatedAt()),
                    true);
            LOG.info(
                    "content {}: status corrected to {} after merging {} #{}",
                    change.entityId(),
                    correction.get().storedValue(),
                    change.originDevice(),
                    change.originSequence());
        }
        return new SyncReport(0, 0, 1, merge.conflicts().size(), correction.isPresent() ? 1 : 0);
    }

    static RowState wholeRow(String json, ChangeStamp stamp) {
        return new RowState(Map.of(ROW, FieldVersion.first(json, stamp)), Map.of());
    }

    /** A whole-row change replaces the local row when its stamp is later than the one the row has. */
    private SyncReport applyWholeRow(
            SqliteSyncedRows.Transaction tx, RemoteChange change, Optional<RowState> state, ChangeStamp stamp) {
        Optional<FieldVersion> mine = state.map(s -> s.fields().get(ROW));
        if (mine.isPresent() && !stamp.isAfter(mine.get().stamp())) {
            return new SyncReport(0, 0, 0, 0, 0); // this desktop has a later version of the row
        }
        try {
            if (!tx.writeRow(change.entityType(), change.payloadJson())) {
                LOG.info(
                        "pulled {} {} was not written: it is based on a version this desktop has not seen yet",
                        change.entityType(),
                        change.entityId());
                return new SyncReport(0, 0, 0, 0, 0);
            }
        } catch (IllegalArgumentException | JsonCodec.JsonCodecException e) {
            // a row this version cannot read must not block every later change: skip it, say which
            LOG.warn(
                    "pulled {} {} from {} #{} is unreadable, skipped: {}",
                    change.entityType(),
                    change.entityId(),
                    change.originDevice(),
                    change.originSequence(),
                    e.getMessage());
            return new SyncReport(0, 0, 0, 0, 0);
        }
        tx.putMeta(
                change.entityType(),
                change.entityId(),
                wholeRow(change.payloadJson(), stamp).toJson());
        return new SyncReport(0, 0, 1, 0, 0);
    }

    /**
     * The review rules the plain field merge cannot express; a correction is written as a new local change
     * (with a later stamp), so every desktop and the team table converge on it.
     */
    static Optional<ContentStatus> correction(RowState mine, RowState merged, FieldVersion mergedStatus) {
        ContentStatus status = ContentFields.statusOf(mergedStatus.value());
        FieldVersion myStatus = mine.fields().get(ContentFields.STATUS);
        if (myStatus != null
                && !mergedStatus.equals(myStatus)
                && ContentFields.isDecision(ContentFields.statusOf(myStatus.value()))
                && !ContentFields.isDecision(status)
                && !mergedStatus.supersedes(myStatus)) {
            // a stale status edit (made without seeing the decision) never overwrites a review decision
            return Optional.of(ContentFields.statusOf(myStatus.value()));
        }
        if (ContentFields.isDecision(status) && !merged.approvedBasis().isEmpty()) {
            boolean bodyMovedOn = merged.fields().entrySet().stream()
                    .filter(field -> ContentFields.isBody(field.getKey()))
                    .anyMatch(field -> !field.getValue()
                            .stamp()
                            .equals(merged.approvedBasis().get(field.getKey())));
            if (bodyMovedOn) {
                // the approval binds to the body it was given on: an edit made since sends it back to review
                return Optional.of(ContentStatus.IN_REVIEW);
            }
        }
        return Optional.empty();
    }

    private static Instant latest(Instant... instants) {
        Instant latest = instants[0];
        for (Instant instant : instants) {
            if (instant.isAfter(latest)) {
                latest = instant;
            }
        }
        return latest;
    }
}
