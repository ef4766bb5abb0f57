package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CqlMigrationTest {

    @Test
    void migrationsAreNumberedWithoutGapsAndEachHasARollback() {
        for (int i = 0; i < CqlMigration.ALL.size(); i++) {
            CqlMigration migration = CqlMigration.ALL.get(i);
            assertThat(migration.version()).isEqualTo(i + 1);
            assertThat(migration.rollbackStatements(384)).isNotEmpty();
            assertThat(migration.checksum()).hasSize(64);
        }
    }

    @Test
    void statementsDropCommentsAndCarryTheChosenDimension() {
        var statements = CqlMigration.split(
                "-- a comment; with a semicolon\nCREATE TABLE t (v vector<float, {{dimension}}>);\n\nDROP TABLE x;\n",
                1536);
        assertThat(statements).containsExactly("CREATE TABLE t (v vector<float, 1536>)", "DROP TABLE x");
        assertThat(CqlMigration.ALL.getFirst().statements(384))
                .anyMatch(cql -> cql.contains("embedding vector<float, 384>"))
                .noneMatch(cql -> cql.contains("{{"));
    }
}
