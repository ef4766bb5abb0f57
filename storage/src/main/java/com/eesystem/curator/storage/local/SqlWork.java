package com.eesystem.curator.storage.local;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work on a borrowed connection; inside {@link LocalDatabase#write} it is one transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException, IOException;
}
