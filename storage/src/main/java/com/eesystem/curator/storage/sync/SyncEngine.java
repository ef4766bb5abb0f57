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
import com.eesystem.curator.domain.sync.SyncWatermark;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.local.SqliteSyncedRows.RowKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop's sync: pushes the outbox in order (acknowledging only what the team store confirmed),
 * then pulls the change feed page by page and merges each change into the local store field by field
 * (docs/sync.md, "Conflict rules"). Not thread-safe: one {@link SyncWorker} (or one command) drives it.
 */
public final class SyncEngine {

    static final String FEED = "change_feed";
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final int MAX_ROUNDS = 8;

    private final SqliteSyncedRows local;
    private final SyncGateway gateway;
    private final int pushBatch;
    private final int pullPage;

    public SyncEngine(SqliteSyncedRows local, SyncGateway gateway, int pushBatch, int pullPage) {
        this.local = Objects.requireNonNull(local, "local");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
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

    /** Pushes the whole outbox in batches; returns how many entries the team store confirmed. */
    public long push() {
        long pushed = 0;
        while (true) {
            List<OutboxEntry> pending = local.outbox().pending(pushBatch);
            if (pending.isEmpty()) {
                return pushed;
            }
            Map<RowKey, RowState> overlay = new HashMap<>();
            List<OutboxEntry> envelopes = new ArrayList<>(pending.size());
            List<Map.Entry<RowKey, RowState>> states = new ArrayList<>(pending.size());
            for (OutboxEntry entry : pending) {
                RowKey key = new RowKey(entry.entityType(), entry.entityId());
                if (!isContentUpsert(entry)) {
                    envelopes.add(entry);
                    states.add(null);
                    continue;
                }
                RowState base = overlay.computeIfAbsent(
                        key,
                        k -> local.meta(k.entity(), k.entityId())
                                .map(RowState::fromJson)
                                .orElse(RowState.EMPTY));
                RowState next = stamped(base, entry);
                overlay.put(key, next);
                states.add(Map.entry(key, next));
                envelopes.add(new OutboxEntry(
                        entry.sequence(),
                        entry.entityType(),
                        entry.entityId(),
                        entry.operation(),
                        next.toJson(),
                        entry.timestamp(),
                        entry.deviceId()));
            }
            PushReceipt receipt = gateway.push(envelopes);
            long through = receipt.acknowledgedThrough();
            Map<RowKey, String> confirmed = new LinkedHashMap<>();
            long count = 0;
            for (int i = 0; i < pending.size() && pending.get(i).sequence() <= through; i++) {
                count++;
                if (states.get(i) != null) {
                    confirmed.put(
                            states.get(i).getKey(), states.get(i).getValue().toJson());
                }
            }
            if (count == 0) {
                throw new SyncUnavailable("the team store confirmed none of " + pending.size() + " changes");
            }
            local.acknowledge(through, confirmed);
            pushed += count;
        }
    }

    private static boolean isContentUpsert(OutboxEntry entry) {
        return entry.entityType().equals(ContentFields.ENTITY) && entry.operation() == ChangeOperation.UPSERT;
    }

    /** The row's field versions after a local change: the fields it changed get the change's stamp. */
    static RowState stamped(RowState base, OutboxEntry entry) {
        ContentItem item = JsonCodec.instance().read(entry.payloadJson(), ContentItem.class);
        ChangeStamp stamp = new ChangeStamp(entry.timestamp(), entry.deviceId());
        Map<String, FieldVersion> fields = new TreeMap<>(base.fields());
        ContentFields.flatten(item).forEach((name, value) -> {
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

    private PullOutcome pull() {
        SyncReport total = new SyncReport(0, 0, 0, 0, 0);
        SyncWatermark watermark = local.watermark(FEED);
        while (true) {
            ChangePage page = gateway.pull(watermark, pullPage);
            SyncReport applied =
                    local.inTransaction("applying " + page.changes().size() + " pulled changes", tx -> {
                        // local changes not yet pushed are not stamped yet: merging over them could lose them
                        if (tx.pendingCount() > 0) {
                            return null;
                        }
                        SyncReport report = new SyncReport(0, page.changes().size(), 0, 0, 0);
                        for (RemoteChange change : page.changes()) {
                            report = report.plus(apply(tx, change));
                        }
                        tx.putWatermark(FEED, page.next());
                        return report;
                    });
            if (applied == null) {
                return new PullOutcome(total, false);
            }
            total = total.plus(applied);
            watermark = page.next();
            if (!page.hasMore()) {
                return new PullOutcome(total, true);
            }
        }
    }

    private SyncReport apply(SqliteSyncedRows.Transaction tx, RemoteChange change) {
        tx.receive(change.timestamp());
        if (change.originDevice().equals(local.deviceId())) {
            return new SyncReport(0, 0, 0, 0, 0);
        }
        if (!change.entityType().equals(ContentFields.ENTITY) || change.operation() != ChangeOperation.UPSERT) {
            LOG.debug(
                    "pulled {} {} of {}: not merged locally",
                    change.operation(),
                    change.entityId(),
                    change.entityType());
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
        RowState mine =
                tx.meta(key.entity(), key.entityId()).map(RowState::fromJson).orElse(RowState.EMPTY);
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
