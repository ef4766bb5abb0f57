package com.eesystem.curator.app.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.app.config.ConnectionConfigFile;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.TeamStoreException;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.sync.AstraSyncGateway;
import com.eesystem.curator.storage.sync.SyncEngine;
import com.eesystem.curator.storage.sync.SyncUnavailable;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Push the local changes to the team store and pull everyone else's, once (docs/sync.md).")
final class SyncCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = ConnectionOptions.TOKEN_VARIABLE;

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--settle",
            defaultValue = "PT5S",
            description = "How far behind now a pull stops, so changes still being written are not skipped"
                    + " (ISO-8601 duration, default PT5S).")
    Duration settle;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        try (LocalStore store = LocalStore.open(LocalStoreCommands.settings(parent.dataDirectory()), clock)) {
            SqliteSyncedRows rows = SqliteSyncedRows.of(store, clock);
            Optional<AstraSettings> team = teamSettings();
            if (team.isEmpty()) {
                out.println("no team store configured (curator connect save, or --contact-point /"
                        + " $CURATOR_TEAM_CONTACT_POINTS, or --bundle / $CURATOR_ASTRA_BUNDLE): working locally, "
                        + rows.outbox().pendingCount() + " changes wait in the outbox");
                return 0;
            }
            try (CqlSession session = AstraConnection.open(team.get())) {
                SyncEngine engine = new SyncEngine(rows, new AstraSyncGateway(session, clock, settle));
                SyncEngine.SyncReport report = engine.syncOnce();
                out.println("pushed " + report.pushed() + " changes, pulled " + report.pulled() + " (applied "
                        + report.applied() + ", " + report.conflicts() + " conflicts to resolve, "
                        + report.corrections() + " sent back to review or kept approved); "
                        + engine.pendingCount() + " pending");
                // a pulled decision or audit entry that did not verify was not applied: name each one
                for (var rejected : engine.takeRejections()) {
                    out.println("rejected: " + rejected.describe());
                }
                return 0;
            } catch (TeamStoreException | SyncUnavailable e) {
                err.println("curator sync: " + e.getMessage() + "; "
                        + rows.outbox().pendingCount() + " changes stay queued locally");
                return 1;
            }
        } catch (LocalStoreException e) {
            err.println("curator sync: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("curator sync: " + e.getMessage());
            return 2;
        }
    }

    private Optional<AstraSettings> teamSettings() {
        return connection
                .resolve(ConnectionConfigFile.of(parent.dataDirectory()))
                .teamStore();
    }
}
