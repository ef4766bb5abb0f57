package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CuratorCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheCommandsAndTheDataDirOption() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("Commands:").contains("gui").contains("--data-dir");
    }

    @Test
    void guiHelpSaysWhatTheWindowHoldsAndHidesTheMeasuringFlag() {
        assertThat(run("gui", "--help")).isZero();

        assertThat(out.toString())
                .contains("Open the Curator window")
                .contains("--data-dir")
                .doesNotContain("--exit-when-shown");
    }

    @Test
    void aDataDirThatCannotBeCreatedIsNamedInOneLineAndExitsWithOne(@TempDir Path temp) throws IOException {
        Path blocker = Files.writeString(temp.resolve("a-file"), "not a folder");

        assertThat(run("gui", "--data-dir", blocker.resolve("data").toString())).isEqualTo(1);

        assertThat(err.toString())
                .startsWith("curator gui: data dir " + blocker.resolve("data") + " cannot be created")
                .doesNotContain("\tat ");
    }
}
