package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CuratorCommandTest {

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
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
}
