package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code curator demo seed|clear} on a real local store in a temp data dir. */
class DemoCommandTest {

    @TempDir
    Path dataDir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new);
        return commandLine.execute(all);
    }

    LocalStore open() {
        return LocalStore.open(
                LocalStoreSettings.defaults(dataDir.resolve("curator.db"), dataDir.resolve("backups")),
                Clock.systemUTC());
    }

    @Test
    void seedThenClearLeavesAnEmptyLibraryThatStaysCleared() {
        assertThat(run("demo", "seed")).isZero();
        assertThat(out.toString()).startsWith("seeded the demo workspace: 12 items in ");
        try (LocalStore store = open()) {
            assertThat(store.contentLibrary().count(ContentQuery.all())).isEqualTo(12);
        }
        assertThat(run("demo", "seed")).isZero();
        assertThat(out.toString()).contains("the demo workspace is already there");

        assertThat(run("demo", "clear")).isZero();
        assertThat(out.toString())
                .contains("cleared the demo workspace: 12 items, ")
                .contains(" 4 guidelines");
        try (LocalStore store = open()) {
            assertThat(store.contentLibrary().count(ContentQuery.all())).isZero();
            assertThat(store.brandGuidelines().all()).isEmpty();
            assertThat(store.demoRecord().state()).isInstanceOf(DemoRecord.State.Cleared.class);
        }
        assertThat(err.toString()).isEmpty();
    }
}
