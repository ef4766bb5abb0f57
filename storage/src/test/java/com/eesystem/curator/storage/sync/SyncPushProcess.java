package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The app's push in a child JVM, for {@link SyncKillIT} to kill with SIGKILL mid-push. Arguments: data
 * folder, Cassandra host, port, datacenter, keyspace.
 */
public final class SyncPushProcess {

    private SyncPushProcess() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        var settings =
                SyncDesktops.settings(new InetSocketAddress(args[1], Integer.parseInt(args[2])), args[3], args[4]);
        try (LocalStore store = LocalStore.open(
                        LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups")),
                        Clock.systemUTC());
                CqlSession session = AstraConnection.open(settings)) {
            var engine = new SyncEngine(
                    SqliteSyncedRows.of(store, Clock.systemUTC()),
                    new AstraSyncGateway(session, Clock.systemUTC(), java.time.Duration.ZERO),
                    10,
                    100);
            System.out.println("pushing");
            System.out.flush();
            engine.push();
            System.out.println("pushed everything");
        }
    }
}
