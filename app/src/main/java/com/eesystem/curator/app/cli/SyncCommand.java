package com.eesystem.curator.app.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.Secret;
import com.eesystem.curator.storage.astra.TeamStoreException;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.sync.AstraSyncGateway;
import com.eesystem.curator.storage.sync.SyncEngine;
import com.eesystem.curator.storage.sync.SyncUnavailable;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Push the local changes to the team store and pull everyone else's, once (docs/sync.md).")
final class SyncCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "CURATOR_ASTRA_TOKEN";

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--contact-points",
            split = ",",
            defaultValue = "${env:CURATOR_TEAM_CONTACT_POINTS}",
            description = "Self-managed Cassandra: host:port[,host:port...] (default: $CURATOR_TEAM_CONTACT_POINTS).")
    List<String> contactPoints = new ArrayList<>();

    @Option(
            names = "--datacenter",
            defaultValue = "${env:CURATOR_TEAM_DATACENTER:-datacenter1}",
            description = "Local datacenter of the contact points (default: $CURATOR_TEAM_DATACENTER or datacenter1).")
    String datacenter;

    @Option(
            names = "--secure-connect-bundle",
            defaultValue = "${env:CURATOR_ASTRA_BUNDLE}",
            description = "AstraDB secure connect bundle (default: $CURATOR_ASTRA_BUNDLE); the token is read from $"
                    + TOKEN_VARIABLE + ", never from the command line.")
    Path bundle;

    @Option(
            names = "--keyspace",
            defaultValue = "${env:CURATOR_TEAM_KEYSPACE:-curator}",
            description = "Team keyspace (default: $CURATOR_TEAM_KEYSPACE or curator).")
    String keyspace;

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
                out.println("no team servers configured (--contact-points / $CURATOR_TEAM_CONTACT_POINTS, or"
                        + " --secure-connect-bundle / $CURATOR_ASTRA_BUNDLE): working locally, "
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
        if (bundle != null) {
            String token = System.getenv(TOKEN_VARIABLE);
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("--secure-connect-bundle " + bundle + " needs the application"
                        + " token in $" + TOKEN_VARIABLE);
            }
            return Optional.of(
                    AstraSettings.astra(bundle, Secret.of(token), keyspace, AstraSettings.LOCAL_MODEL_DIMENSION));
        }
        List<InetSocketAddress> points = new ArrayList<>();
        for (String point : contactPoints == null ? List.<String>of() : contactPoints) {
            if (point.isBlank()) {
                continue;
            }
            int colon = point.lastIndexOf(':');
            try {
                points.add(
                        colon < 0
                                ? new InetSocketAddress(point.trim(), 9042)
                                : new InetSocketAddress(
                                        point.substring(0, colon).trim(),
                                        Integer.parseInt(
                                                point.substring(colon + 1).trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--contact-points: \"" + point + "\" is not host:port");
            }
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                AstraSettings.selfManaged(points, datacenter, keyspace, AstraSettings.LOCAL_MODEL_DIMENSION));
    }
}
