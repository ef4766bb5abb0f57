package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** curator sync through the real command line, without team servers. */
class SyncCommandTest {

    @TempDir
    Path dataDir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    static ContentItem draft(String title) {
        return ContentItem.draft(
                ContentId.random(),
                UserId.parse("00000000-0000-0000-0000-00000000a001"),
                new ContentBody(
                        title,
                        "description",
                        ContentType.REEL,
                        List.of(Platform.INSTAGRAM),
                        "caption",
                        "script",
                        List.of("wellness"),
                        List.of("a calm room"),
                        Map.of()),
                Instant.now());
    }

    @Test
    void withoutServersItSaysSoAndKeepsTheChangesQueued() {
        try (LocalStore store = LocalStore.open(
                LocalStoreSettings.defaults(dataDir.resolve("curator.db"), dataDir.resolve("backups")),
                Clock.systemUTC())) {
            store.contentLibrary().save(draft("Offline post"));
        }

        assertThat(run("sync", "--contact-points", "")).isZero();

        assertThat(out.toString()).contains("no team store configured").contains("1 changes wait in the outbox");
    }

    @Test
    void aBadContactPointIsABadUsage() {
        assertThat(run("sync", "--contact-points", "localhost:notaport")).isEqualTo(2);
        assertThat(err.toString()).contains("--contact-point: \"localhost:notaport\" is not host:port");
    }

    @Test
    void aBundleWithoutTokenNamesTheVariable() {
        // the token is only ever read from the environment; this test runs without it
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(SyncCommand.TOKEN_VARIABLE) == null);
        assertThat(run(
                        "sync",
                        "--secure-connect-bundle",
                        dataDir.resolve("bundle.zip").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("$" + SyncCommand.TOKEN_VARIABLE);
    }
}
