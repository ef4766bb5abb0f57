package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.PublicationSchedule;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.ScheduleSave;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * publication_schedule in the team store, with its calendar projection publication_calendar (one
 * partition per ISO week and platform, rows in time order). A save is versioned with a lightweight
 * transaction on the entry ({@code IF NOT EXISTS} for version 1, {@code IF version = ?} after); once it
 * wins, the calendar row moves in one logged batch (delete at the old week/platform/time, insert at the
 * new), so the calendar never shows an entry twice or loses it halfway. Re-saving the same version is a
 * conflict, never a duplicate.
 */
public final class AstraPublicationSchedule implements PublicationSchedule {

    private static final String COLUMNS = "id, version, content_id, platform, scheduled_at, cycle_week, cycle_day,"
            + " theme, priority, status, result_data, created_at, updated_at";

    private final CqlSession session;
    private final PreparedStatement insertNew;
    private final PreparedStatement updateVersioned;
    private final PreparedStatement find;
    private final PreparedStatement calendarInsert;
    private final PreparedStatement calendarDelete;
    private final PreparedStatement calendarRange;
    private final PreparedStatement byCycleWeek;
    private final PreparedStatement due;
    private final PreparedStatement byContent;

    public AstraPublicationSchedule(CqlSession session) {
        this.session = session;
        insertNew = session.prepare("INSERT INTO publication_schedule (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS");
        updateVersioned = session.prepare("UPDATE publication_schedule SET version = ?, content_id = ?, platform = ?,"
                + " scheduled_at = ?, cycle_week = ?, cycle_day = ?, theme = ?, priority = ?, status = ?,"
                + " result_data = ?, created_at = ?, updated_at = ? WHERE id = ? IF version = ?");
        find = session.prepare("SELECT " + COLUMNS + " FROM publication_schedule WHERE id = ?");
        calendarInsert = session.prepare("INSERT INTO publication_calendar (week, platform, scheduled_at, schedule_id,"
                + " content_id, theme, priority, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        calendarDelete = session.prepare("DELETE FROM publication_calendar WHERE week = ? AND platform = ?"
                + " AND scheduled_at = ? AND schedule_id = ?");
        calendarRange = session.prepare("SELECT schedule_id FROM publication_calendar WHERE week = ? AND platform = ?"
                + " AND scheduled_at >= ? AND scheduled_at < ?");
        byCycleWeek = session.prepare("SELECT " + COLUMNS + " FROM publication_schedule WHERE cycle_week = ?");
        due = session.prepare(
                "SELECT " + COLUMNS + " FROM publication_schedule WHERE status = ? AND scheduled_at <= ?");
        byContent = session.prepare("SELECT " + COLUMNS + " FROM publication_schedule WHERE content_id = ?");
    }

    @Override
    public ScheduleSave save(ScheduleEntry entry) {
        Optional<ScheduleEntry> previous = find(entry.id());
        Row outcome;
        if (entry.version() == 1) {
            outcome = session.execute(insertNew.bind(
                            entry.id().value(),
                            entry.version(),
                            entry.contentId().value(),
                            entry.platform().storedValue(),
                            entry.scheduledAt(),
                            entry.cycleWeek(),
                            entry.cycleDay(),
                            entry.theme(),
                            entry.priority(),
                            entry.status().storedValue(),
                            entry.resultData(),
                            entry.createdAt(),
                            entry.updatedAt()))
                    .one();
        } else {
            outcome = session.execute(updateVersioned.bind(
                            entry.version(),
                            entry.contentId().value(),
                            entry.platform().storedValue(),
                            entry.scheduledAt(),
                            entry.cycleWeek(),
                            entry.cycleDay(),
                            entry.theme(),
                            entry.priority(),
                            entry.status().storedValue(),
                            entry.resultData(),
                            entry.createdAt(),
                            entry.updatedAt(),
                            entry.id().value(),
                            entry.version() - 1))
                    .one();
        }
        if (outcome == null || !outcome.getBoolean("[applied]")) {
            long stored =
                    outcome != null && outcome.getColumnDefinitions().contains("version") && !outcome.isNull("version")
                            ? outcome.getLong("version")
                            : 0;
            return new ScheduleSave.VersionConflict(entry.id(), entry.version(), stored);
        }
        session.execute(calendarMove(previous, entry));
        return new ScheduleSave.Saved(entry);
    }

    /** The calendar row's move as one logged batch: both partitions change or neither. */
    private BatchStatement calendarMove(Optional<ScheduleEntry> previous, ScheduleEntry entry) {
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED);
        previous.ifPresent(old -> batch.addStatement(calendarDelete.bind(
                week(old.scheduledAt()),
                old.platform().storedValue(),
                old.scheduledAt(),
                old.id().value())));
        batch.addStatement(calendarInsert.bind(
                week(entry.scheduledAt()),
                entry.platform().storedValue(),
                entry.scheduledAt(),
                entry.id().value(),
                entry.contentId().value(),
                entry.theme(),
                entry.priority(),
                entry.status().storedValue()));
        return batch.setIdempotence(true).build();
    }

    @Override
    public Optional<ScheduleEntry> find(ScheduleEntryId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        return Optional.ofNullable(row).map(AstraPublicationSchedule::toEntry);
    }

    @Override
    public List<ScheduleEntry> between(Instant from, Instant to, Set<Platform> platforms) {
        Set<Platform> wanted = platforms.isEmpty() ? EnumSet.allOf(Platform.class) : platforms;
        // every ISO week the range touches, then one partition read per week and platform
        Set<String> weeks = new LinkedHashSet<>();
        for (Instant day = from; day.isBefore(to); day = day.plus(1, ChronoUnit.DAYS)) {
            weeks.add(week(day));
        }
        if (from.isBefore(to)) {
            weeks.add(week(to.minusMillis(1)));
        }
        List<CompletableFuture<Optional<ScheduleEntry>>> reads = new ArrayList<>();
        for (String week : weeks) {
            for (Platform platform : wanted) {
                for (Row row : session.execute(calendarRange
                        .bind(week, platform.storedValue(), from, to)
                        .setIdempotent(true))) {
                    reads.add(session.executeAsync(
                                    find.bind(row.getUuid("schedule_id")).setIdempotent(true))
                            .toCompletableFuture()
                            .thenApply(result ->
                                    Optional.ofNullable(result.one()).map(AstraPublicationSchedule::toEntry)));
                }
            }
        }
        return reads.stream()
                .map(CompletableFuture::join)
                .flatMap(Optional::stream)
                .sorted(ScheduleEntry.DUE_ORDER)
                .toList();
    }

    @Override
    public List<ScheduleEntry> inCycleWeek(int cycleWeek, Set<Platform> platforms) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Row row : session.execute(byCycleWeek.bind(cycleWeek).setIdempotent(true))) {
            ScheduleEntry entry = toEntry(row);
            if (platforms.isEmpty() || platforms.contains(entry.platform())) {
                entries.add(entry);
            }
        }
        entries.sort(ScheduleEntry.CALENDAR_ORDER);
        return entries;
    }

    @Override
    public List<ScheduleEntry> due(Instant now, int limit) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Row row : session.execute(
                due.bind(ScheduleStatus.SCHEDULED.storedValue(), now).setIdempotent(true))) {
            entries.add(toEntry(row));
        }
        return entries.stream().sorted(ScheduleEntry.DUE_ORDER).limit(limit).toList();
    }

    @Override
    public List<ScheduleEntry> forContent(ContentId contentId) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Row row : session.execute(byContent.bind(contentId.value()).setIdempotent(true))) {
            entries.add(toEntry(row));
        }
        entries.sort(Comparator.comparing(ScheduleEntry::scheduledAt));
        return entries;
    }

    /** ISO week of the UTC date, e.g. 2026-W48: the calendar's partition with the platform. */
    static String week(Instant instant) {
        var date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static ScheduleEntry toEntry(Row row) {
        return new ScheduleEntry(
                new ScheduleEntryId(row.getUuid("id")),
                row.getLong("version"),
                new ContentId(row.getUuid("content_id")),
                Platform.fromStored(row.getString("platform")),
                row.getInstant("scheduled_at"),
                row.getInt("cycle_week"),
                row.getInt("cycle_day"),
                row.getString("theme"),
                row.getInt("priority"),
                ScheduleStatus.fromStored(row.getString("status")),
                row.getMap("result_data", String.class, String.class),
                row.getInstant("created_at"),
                row.getInstant("updated_at"));
    }
}
