package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.app.config.ConnectionConfigFile;
import com.eesystem.curator.storage.astra.AstraSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** curator connect save/show/clear and how every command resolves its connection. */
class ConnectCommandTest {

    @TempDir
    Path dataDir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Map<String, String> environment = new HashMap<>();

    int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        // every ConnectionOptions mixin reads this map instead of the real environment
        commandLine.getCommandSpec().subcommands().values().forEach(this::injectEnvironment);
        return commandLine.execute(Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private void injectEnvironment(CommandLine command) {
        command.getCommandSpec().mixins().values().forEach(mixin -> {
            if (mixin.userObject() instanceof ConnectionOptions options) {
                options.environment = environment;
            }
        });
        command.getSubcommands().values().forEach(this::injectEnvironment);
    }

    @Test
    void saveTakesTheTokenFromTheEnvironmentAndShowMasksIt() throws Exception {
        environment.put("CURATOR_ASTRA_TOKEN", "AstraCS:top-secret-token");
        Path bundle = dataDir.resolve("secure-connect-team.zip");

        assertThat(run("connect", "save", "--bundle", bundle.toString(), "--keyspace", "team", "--dimension", "384"))
                .as(err.toString())
                .isZero();
        assertThat(run("connect", "show")).isZero();

        assertThat(out.toString())
                .contains("team store: AstraDB")
                .contains(bundle.toString())
                .contains("token: ****")
                .contains("keyspace: team (vectors of 384")
                .doesNotContain("top-secret-token");
        String onDisk = Files.readString(dataDir.resolve(ConnectionConfigFile.FILE_NAME));
        assertThat(onDisk).doesNotContain("top-secret-token");
    }

    @Test
    void savingRedisKeepsTheSavedTeamStore() {
        assertThat(run("connect", "save", "--contact-point", "10.1.1.1:9142", "--datacenter", "dc2"))
                .isZero();
        environment.put("CURATOR_REDIS_PASSWORD", "r3dis");
        assertThat(run("connect", "save", "--redis-url", "redis://cache.local:6379/1"))
                .isZero();

        var saved = ConnectionConfigFile.of(new com.eesystem.curator.app.DataDirectory(dataDir))
                .load();
        assertThat(saved.teamStore()).isPresent();
        var endpoint = (AstraSettings.SelfManaged) saved.teamStore().get().endpoint();
        assertThat(endpoint.localDatacenter()).isEqualTo("dc2");
        assertThat(endpoint.contactPoints().getFirst().getPort()).isEqualTo(9142);
        assertThat(saved.liveLayer().orElseThrow().password()).contains("r3dis");
        assertThat(saved.liveLayer().orElseThrow().displayUrl()).isEqualTo("redis://****@cache.local:6379/1");
    }

    @Test
    void theSavedConfigIsUsedWhenNoOptionsAreGivenAndOptionsWinOverIt() {
        run("connect", "save", "--contact-point", "10.1.1.1:9142", "--keyspace", "saved_ks");
        ConnectionOptions none = new ConnectionOptions();
        none.environment = environment;
        var file = ConnectionConfigFile.of(new com.eesystem.curator.app.DataDirectory(dataDir));

        assertThat(none.resolve(file).teamStore().orElseThrow().keyspace()).isEqualTo("saved_ks");

        ConnectionOptions keyspaceOnly = new ConnectionOptions();
        keyspaceOnly.environment = environment;
        keyspaceOnly.keyspace = "other_ks";
        assertThat(keyspaceOnly.resolve(file).teamStore().orElseThrow().keyspace())
                .isEqualTo("other_ks");

        ConnectionOptions elsewhere = new ConnectionOptions();
        elsewhere.environment = Map.of("CURATOR_TEAM_CONTACT_POINTS", "10.9.9.9:9042");
        var endpoint = (AstraSettings.SelfManaged)
                elsewhere.resolve(file).teamStore().orElseThrow().endpoint();
        assertThat(endpoint.contactPoints().getFirst().getHostString()).isEqualTo("10.9.9.9");
    }

    @Test
    void aBundleWithoutTokenIsRefusedNamingTheVariables() {
        assertThat(run("connect", "save", "--bundle", dataDir.resolve("b.zip").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("$CURATOR_ASTRA_TOKEN").contains("ASTRA_DB_APPLICATION_TOKEN");
        assertThat(dataDir.resolve(ConnectionConfigFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void clearForgetsTheConnection() {
        run("connect", "save", "--contact-point", "10.1.1.1");
        assertThat(run("connect", "clear")).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("connect", "show")).isZero();
        assertThat(out.toString()).contains("no connection saved");
    }

    @Test
    void migrateWithoutAnyConnectionSaysHowToGiveOne() {
        assertThat(run("migrate")).isEqualTo(2);
        assertThat(err.toString()).contains("--bundle").contains("curator connect save");
    }
}
