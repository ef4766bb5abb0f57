package com.eesystem.curator.app.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraKeyspace;
import com.eesystem.curator.storage.astra.AstraSchema;
import com.eesystem.curator.storage.astra.TeamStoreException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code curator migrate}: brings the team store's keyspace to the latest schema (or rolls it back). */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply (or roll back) team store migrations.")
public final class MigrateCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions store;

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--create-keyspace", description = "Create the keyspace first (self-managed clusters only).")
    boolean createKeyspace;

    @Option(
            names = "--replicas",
            defaultValue = "3",
            description = "Replicas in the local datacenter for --create-keyspace.")
    int replicas;

    @Option(names = "--rollback-to", description = "Roll back to this version instead of migrating forward.")
    Integer rollbackTo;

    private static String datacenter(com.eesystem.curator.storage.astra.AstraSettings settings) {
        if (settings.endpoint() instanceof com.eesystem.curator.storage.astra.AstraSettings.SelfManaged self) {
            return self.localDatacenter();
        }
        throw new IllegalArgumentException("--create-keyspace: AstraDB keyspaces are created in the Astra portal");
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            var settings = store.teamStore(parent);
            if (createKeyspace) {
                AstraKeyspace.createIfMissing(settings, Map.of(datacenter(settings), replicas));
            }
            try (CqlSession session = AstraConnection.open(settings)) {
                var schema = new AstraSchema(session, settings);
                int before = schema.currentVersion();
                int after = rollbackTo == null ? schema.migrate() : schema.rollbackTo(rollbackTo);
                out.printf(
                        "keyspace %s: schema version %d -> %d (latest %d)%n",
                        settings.keyspace(), before, after, AstraSchema.latestVersion());
            }
            return 0;
        } catch (TeamStoreException | IllegalArgumentException e) {
            err.println("migrate: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
    }
}
