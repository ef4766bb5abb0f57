package com.eesystem.curator.storage.local.brokenmigration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that commits half of its work and then fails, the case a transaction cannot undo: only the
 * backup taken before the migration can.
 */
public class V900__CommitsHalfThenFails extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE TABLE half_done (x INTEGER)");
            statement.execute("DELETE FROM user_preferences");
            context.getConnection().commit();
            statement.execute("INSERT INTO no_such_table VALUES (1)");
        }
    }
}
