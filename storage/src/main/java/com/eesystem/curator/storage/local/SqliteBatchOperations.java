package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.batch.BatchId;
import com.eesystem.curator.domain.batch.BatchOperation;
import com.eesystem.curator.domain.batch.BatchOperations;
import com.eesystem.curator.domain.batch.BatchStatus;
import com.eesystem.curator.domain.batch.OperationType;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The batch_operations table: progress of bulk runs, so a batch survives a restart. */
final class SqliteBatchOperations implements BatchOperations {

    private static final String COLUMNS = "id, operation_type, total_items, completed_items, failed_items, status,"
            + " operation_data, results, created_at, updated_at, completed_at";
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

    private final LocalDatabase database;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteBatchOperations(LocalDatabase database) {
        this.database = database;
    }

    @Override
    public void save(BatchOperation operation) {
        database.write("saving batch " + operation.id(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT OR REPLACE INTO batch_operations ("
                    + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                upsert.setString(1, operation.id().value());
                upsert.setString(2, operation.operationType().storedValue());
                upsert.setInt(3, operation.totalItems());
                upsert.setInt(4, operation.completedItems());
                upsert.setInt(5, operation.failedItems());
                upsert.setString(6, operation.status().storedValue());
                upsert.setString(7, codec.write(operation.operationData()));
                upsert.setString(8, codec.write(operation.results()));
                upsert.setString(9, Timestamps.text(operation.createdAt()));
                upsert.setString(10, Timestamps.text(operation.updatedAt()));
                upsert.setString(11, Timestamps.text(operation.completedAt().orElse(null)));
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<BatchOperation> find(BatchId id) {
        List<BatchOperation> found =
                select("reading batch " + id, "WHERE id = ?", statement -> statement.setString(1, id.value()));
        return found.stream().findFirst();
    }

    @Override
    public List<BatchOperation> unfinished() {
        return select(
                "listing unfinished batches",
                "WHERE status IN ('pending', 'running') ORDER BY created_at, id",
                statement -> {});
    }

    @Override
    public List<BatchOperation> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + ", must be at least 1");
        }
        return select(
                "listing recent batches",
                "ORDER BY created_at DESC, id LIMIT ?",
                statement -> statement.setInt(1, limit));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<BatchOperation> select(String doing, String tail, Binder binder) {
        return database.read(doing, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM batch_operations " + tail)) {
                binder.bind(select);
                List<BatchOperation> operations = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        operations.add(operation(rows));
                    }
                }
                return operations;
            }
        });
    }

    private BatchOperation operation(ResultSet row) throws SQLException {
        return new BatchOperation(
                BatchId.of(row.getString(1)),
                StoredEnum.parse(OperationType.class, "batch_operations.operation_type", row.getString(2)),
                row.getInt(3),
                row.getInt(4),
                row.getInt(5),
                StoredEnum.parse(BatchStatus.class, "batch_operations.status", row.getString(6)),
                codec.read(json(row.getString(7)), TEXT_MAP),
                codec.read(json(row.getString(8)), TEXT_MAP),
                Timestamps.instant("batch_operations.created_at", row.getString(9)),
                Timestamps.instant("batch_operations.updated_at", row.getString(10)),
                Optional.ofNullable(Timestamps.instant("batch_operations.completed_at", row.getString(11))));
    }

    private static String json(String text) {
        return text == null || text.isBlank() ? "{}" : text;
    }
}
