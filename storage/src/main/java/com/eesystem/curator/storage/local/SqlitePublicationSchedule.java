package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.PublicationSchedule;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.ScheduleSave;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The offline publication calendar (publication_schedule). Saves are versioned like the library's and
 * append their outbox row in the same transaction; listings are ordered by the domain's comparators.
 */
final class SqlitePublicationSchedule implements PublicationSchedule {

    static final String ENTITY = "publication_schedule";
    private static final String COLUMNS = "id, version, content_id, platform, scheduled_at, cycle_week, cycle_day,"
            + " theme, priority, status, result_data, created_at, updated_at";
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqlitePublicationSchedule(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public ScheduleSave save(ScheduleEntry entry) {
        return database.write("saving schedule entry " + entry.id(), connection -> {
            boolean isNew = entry.version() == 1;
            String sql = isNew
                    ? "INSERT INTO publication_schedule (content_id, platform, scheduled_at, cycle_week, cycle_day,"
                            + " theme, priority, status, result_data, created_at, updated_at, version, id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
                    : "UPDATE publication_schedule SET content_id = ?, platform = ?, scheduled_at = ?, cycle_week = ?,"
                            + " cycle_day = ?, theme = ?, priority = ?, status = ?, result_data = ?, created_at = ?,"
                            + " updated_at = ?, version = ? WHERE id = ? AND version = ?";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setString(1, entry.contentId().toString());
                write.setString(2, entry.platform().storedValue());
                write.setString(3, Timestamps.text(entry.scheduledAt()));
                write.setInt(4, entry.cycleWeek());
                write.setInt(5, entry.cycleDay());
                write.setString(6, entry.theme());
                write.setInt(7, entry.priority());
                write.setString(8, entry.status().storedValue());
                write.setString(9, codec.write(entry.resultData()));
                write.setString(10, Timestamps.text(entry.createdAt()));
                write.setString(11, Timestamps.text(entry.updatedAt()));
                write.setLong(12, entry.version());
                write.setString(13, entry.id().toString());
                if (!isNew) {
                    write.setLong(14, entry.version() - 1);
                }
                if (write.executeUpdate() == 0) {
                    return new ScheduleSave.VersionConflict(
                            entry.id(), entry.version(), storedVersion(connection, entry));
                }
            }
            outbox.append(connection, ENTITY, entry.id().toString(), ChangeOperation.UPSERT, codec.write(entry));
            return new ScheduleSave.Saved(entry);
        });
    }

    @Override
    public Optional<ScheduleEntry> find(ScheduleEntryId id) {
        return select("reading schedule entry " + id, "id = ?", List.of(id.toString()), null, 0).stream()
                .findFirst();
    }

    @Override
    public List<ScheduleEntry> between(Instant from, Instant to, Set<Platform> platforms) {
        List<String> values = new ArrayList<>(List.of(Timestamps.text(from), Timestamps.text(to)));
        String where = "scheduled_at >= ? AND scheduled_at < ?" + platformFilter(platforms, values);
        return select("reading the calendar", where, values, ScheduleEntry.DUE_ORDER, 0);
    }

    @Override
    public List<ScheduleEntry> inCycleWeek(int cycleWeek, Set<Platform> platforms) {
        List<String> values = new ArrayList<>(List.of(Integer.toString(cycleWeek)));
        String where = "cycle_week = CAST(? AS INTEGER)" + platformFilter(platforms, values);
        return select("reading cycle week " + cycleWeek, where, values, ScheduleEntry.CALENDAR_ORDER, 0);
    }

    @Override
    public List<ScheduleEntry> due(Instant now, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + ", must be at least 1");
        }
        return select(
                "reading due entries",
                "status = ? AND scheduled_at <= ?",
                List.of(ScheduleStatus.SCHEDULED.storedValue(), Timestamps.text(now)),
                ScheduleEntry.DUE_ORDER,
                limit);
    }

    @Override
    public List<ScheduleEntry> forContent(ContentId contentId) {
        return select(
                "reading the schedule of " + contentId,
                "content_id = ?",
                List.of(contentId.toString()),
                ScheduleEntry.DUE_ORDER,
                0);
    }

    private static String platformFilter(Set<Platform> platforms, List<String> values) {
        if (platforms == null || platforms.isEmpty()) {
            return "";
        }
        platforms.stream().map(Platform::storedValue).sorted().forEach(values::add);
        return " AND platform IN (" + platforms.stream().map(p -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private List<ScheduleEntry> select(
            String doing, String where, List<String> values, Comparator<ScheduleEntry> order, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM publication_schedule WHERE " + where
                + " ORDER BY scheduled_at, priority DESC, id" + (limit > 0 ? " LIMIT " + "?" : "");
        return database.read(doing, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = 1;
                for (String value : values) {
                    select.setString(index++, value);
                }
                if (limit > 0) {
                    select.setInt(index, limit);
                }
                List<ScheduleEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                if (order != null) {
                    entries.sort(order);
                }
                return entries;
            }
        });
    }

    private ScheduleEntry entry(ResultSet row) throws SQLException {
        return new ScheduleEntry(
                ScheduleEntryId.parse(row.getString(1)),
                row.getLong(2),
                ContentId.parse(row.getString(3)),
                StoredEnum.parse(Platform.class, "publication_schedule.platform", row.getString(4)),
                Timestamps.instant("publication_schedule.scheduled_at", row.getString(5)),
                row.getInt(6),
                row.getInt(7),
                row.getString(8),
                row.getInt(9),
                StoredEnum.parse(ScheduleStatus.class, "publication_schedule.status", row.getString(10)),
                codec.read(row.getString(11), TEXT_MAP),
                Timestamps.instant("publication_schedule.created_at", row.getString(12)),
                Timestamps.instant("publication_schedule.updated_at", row.getString(13)));
    }

    private static long storedVersion(Connection connection, ScheduleEntry entry) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT version FROM publication_schedule WHERE id = ?")) {
            select.setString(1, entry.id().toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
