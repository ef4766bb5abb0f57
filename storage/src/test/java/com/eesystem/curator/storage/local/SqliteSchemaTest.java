package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The spec's six SQLite tables exist exactly as written: columns, types, NOT NULL, defaults, keys, indexes. */
class SqliteSchemaTest {

    @TempDir
    Path folder;

    Path database;

    @BeforeEach
    void openOnce() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        database = settings.database();
        LocalStore.open(settings, LocalStoreFixture.clock()).close();
    }

    /** name|type|notnull|default|pk per column, in order, as the spec writes them. */
    static Stream<Arguments> specTables() {
        return Stream.of(
                Arguments.of(
                        "sessions",
                        List.of(
                                "id|TEXT|0|null|1",
                                "user_id|TEXT|1|null|0",
                                "session_data|TEXT|0|null|0",
                                "expires_at|TIMESTAMP|1|null|0",
                                "created_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0",
                                "updated_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0"),
                        List.of(
                                "idx_sessions_expires_at(expires_at)",
                                "idx_sessions_user_id(user_id)",
                                "sqlite_autoindex_sessions_1(id)")),
                Arguments.of(
                        "user_preferences",
                        List.of(
                                "id|INTEGER|0|null|1",
                                "user_id|TEXT|1|null|0",
                                "preference_key|TEXT|1|null|0",
                                "preference_value|TEXT|0|null|0",
                                "created_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0",
                                "updated_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0"),
                        List.of("sqlite_autoindex_user_preferences_1(user_id,preference_key)")),
                Arguments.of(
                        "content_cache",
                        List.of(
                                "key|TEXT|0|null|1",
                                "value|TEXT|1|null|0",
                                "content_type|TEXT|0|null|0",
                                "expires_at|TIMESTAMP|1|null|0",
                                "created_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0"),
                        List.of(
                                "idx_content_cache_content_type(content_type)",
                                "idx_content_cache_expires_at(expires_at)",
                                "sqlite_autoindex_content_cache_1(key)")),
                Arguments.of(
                        "generation_queue",
                        List.of(
                                "id|INTEGER|0|null|1",
                                "content_type|TEXT|1|null|0",
                                "platform|TEXT|1|null|0",
                                "prompt_data|TEXT|1|null|0",
                                "priority|INTEGER|0|5|0",
                                "status|TEXT|0|'pending'|0",
                                "attempts|INTEGER|0|0|0",
                                "max_attempts|INTEGER|0|3|0",
                                "error_message|TEXT|0|null|0",
                                "result_data|TEXT|0|null|0",
                                "created_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0",
                                "updated_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0",
                                "processed_at|TIMESTAMP|0|null|0"),
                        List.of(
                                "idx_generation_queue_created_at(created_at)",
                                "idx_generation_queue_priority(priority)",
                                "idx_generation_queue_status(status)")),
                Arguments.of(
                        "temp_content",
                        List.of(
                                "id|TEXT|0|null|1",
                                "content_type|TEXT|1|null|0",
                                "platform|TEXT|1|null|0",
                                "content_data|TEXT|1|null|0",
                                "media_urls|TEXT|0|null|0",
                                "generation_metadata|TEXT|0|null|0",
                                "expires_at|TIMESTAMP|1|null|0",
                                "created_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0"),
                        List.of(
                                "idx_temp_content_content_type(content_type)",
                                "idx_temp_content_expires_at(expires_at)",
                                "sqlite_autoindex_temp_content_1(id)")),
                Arguments.of(
                        "batch_operations",
                        List.of(
                                "id|TEXT|0|null|1",
                                "operation_type|TEXT|1|null|0",
                                "total_items|INTEGER|1|null|0",
                                "completed_items|INTEGER|0|0|0",
                                "failed_items|INTEGER|0|0|0",
                                "status|TEXT|0|'pending'|0",
                                "operation_data|TEXT|0|null|0",
                                "results|TEXT|0|null|0",
                                "created_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0",
                                "updated_at|TIMESTAMP|0|CURRENT_TIMESTAMP|0",
                                "completed_at|TIMESTAMP|0|null|0"),
                        List.of(
                                "idx_batch_operations_created_at(created_at)",
                                "idx_batch_operations_status(status)",
                                "sqlite_autoindex_batch_operations_1(id)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specTables")
    void specTableHasExactlyTheSpecColumnsAndIndexes(String table, List<String> columns, List<String> indexes)
            throws SQLException {
        List<String> actualColumns = LocalStoreFixture.query(
                        database,
                        "SELECT name, type, \"notnull\", coalesce(dflt_value, 'null'), pk FROM pragma_table_info('"
                                + table + "') ORDER BY cid")
                .stream()
                .map(row -> String.join("|", row))
                .toList();
        List<String> actualIndexes = LocalStoreFixture.query(
                        database,
                        "SELECT il.name || '(' || (SELECT group_concat(name, ',') FROM (SELECT name FROM"
                                + " pragma_index_info(il.name) ORDER BY seqno)) || ')' FROM pragma_index_list('"
                                + table + "') il ORDER BY il.name")
                .stream()
                .map(List::getFirst)
                .toList();

        assertThat(actualColumns).containsExactlyElementsOf(columns);
        assertThat(actualIndexes).containsExactlyElementsOf(indexes);
    }

    @Test
    void userPreferencesAllowOneValuePerUserAndKey() throws SQLException {
        LocalStoreFixture.execute(
                database,
                "INSERT INTO user_preferences (user_id, preference_key, preference_value) VALUES ('u1', 'theme', 'dark')");

        assertThatThrownBy(() -> LocalStoreFixture.execute(
                        database,
                        "INSERT INTO user_preferences (user_id, preference_key, preference_value)"
                                + " VALUES ('u1', 'theme', 'light')"))
                .hasMessageContaining(
                        "UNIQUE constraint failed: user_preferences.user_id, user_preferences.preference_key");
    }

    @Test
    void specDefaultsFillOmittedColumns() throws SQLException {
        LocalStoreFixture.execute(
                database,
                "INSERT INTO generation_queue (content_type, platform, prompt_data) VALUES ('reel', 'tiktok', '{}')");

        List<String> row = LocalStoreFixture.query(
                        database,
                        "SELECT priority, status, attempts, max_attempts, created_at IS NOT NULL FROM generation_queue")
                .getFirst();

        assertThat(row).containsExactly("5", "pending", "0", "3", "1");
    }

    @Test
    void offlineCopiesOutboxAndSyncStateExist() throws SQLException {
        List<String> tables =
                LocalStoreFixture.query(database, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
                        .stream()
                        .map(List::getFirst)
                        .toList();

        assertThat(tables)
                .contains(
                        "content_library",
                        "publication_schedule",
                        "content_templates",
                        "brand_guidelines",
                        "brand_knowledge",
                        "compliance_checks",
                        "agent_memory",
                        "outbox",
                        "sync_state",
                        "content_library_search",
                        "brand_knowledge_search");
    }
}
