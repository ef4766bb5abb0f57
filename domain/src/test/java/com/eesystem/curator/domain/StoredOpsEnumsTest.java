package com.eesystem.curator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationStatus;
import com.eesystem.curator.domain.agent.MemoryType;
import com.eesystem.curator.domain.batch.BatchStatus;
import com.eesystem.curator.domain.batch.OperationType;
import com.eesystem.curator.domain.cache.CachedContentType;
import com.eesystem.curator.domain.generation.QueueStatus;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.domain.stored.UnknownStoredValue;
import com.eesystem.curator.domain.sync.ChangeOperation;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enumerated value the data spec lists for the ops tables parses, and nothing else does. */
class StoredOpsEnumsTest {

    record Column(String name, Function<String, StoredEnum> parse, String[] specValues) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Column> columns() {
        return Stream.of(
                new Column("content_cache.content_type", CachedContentType::fromStored, new String[] {
                    "generated_content", "ai_response", "api_result"
                }),
                new Column("generation_queue.status", QueueStatus::fromStored, new String[] {
                    "pending", "processing", "completed", "failed"
                }),
                new Column("batch_operations.operation_type", OperationType::fromStored, new String[] {
                    "content_generation", "publication", "compliance_check"
                }),
                new Column("batch_operations.status", BatchStatus::fromStored, new String[] {
                    "pending", "running", "completed", "failed"
                }),
                new Column("agent_type", AgentType::fromStored, new String[] {
                    "research", "creation", "compliance", "coordination"
                }),
                new Column("agent_memory.memory_type", MemoryType::fromStored, new String[] {
                    "short_term", "long_term", "episodic", "semantic"
                }),
                new Column("agent_coordination.status", CoordinationStatus::fromStored, new String[] {
                    "active", "waiting", "completed", "failed"
                }),
                new Column("outbox.operation", ChangeOperation::fromStored, new String[] {"upsert", "delete"}));
    }

    static Stream<Arguments> specValues() {
        return columns().flatMap(column -> Arrays.stream(column.specValues()).map(v -> Arguments.of(column, v)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("specValues")
    void everySpecValueParsesAndRoundTrips(Column column, String value) {
        assertThat(column.parse().apply(value).storedValue()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void anUnknownValueNamesTheColumnAndTheValue(Column column) {
        assertThatThrownBy(() -> column.parse().apply("Pending "))
                .isInstanceOf(UnknownStoredValue.class)
                .hasMessageStartingWith(column.name() + ": \"Pending \" is not one of");
    }
}
