package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shortcut past picocli takes exactly the plain gui command lines, and reads them as picocli does. */
class DirectGuiTest {

    @Test
    void thePlainFormsAreReadAsPicocliReadsThem() {
        for (String[] args : new String[][] {
            {"gui"},
            {"gui", "--no-demo"},
            {"--data-dir", "/tmp/curator a", "gui"},
            {"gui", "--data-dir", "/tmp/b", "--no-demo"},
            {"gui", "--data-dir=/tmp/c", "--exit-when-shown"},
            {"--data-dir=/tmp/d", "gui", "--exit-when-shown", "--no-demo"}
        }) {
            Optional<DirectGui.Parsed> direct = DirectGui.parse(args);

            assertThat(direct).as(String.join(" ", args)).contains(picocli(args));
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (String[] args : new String[][] {
            {},
            {"--help"},
            {"gui", "--help"},
            {"gui", "-h"},
            {"gui", "--version"},
            {"gui", "--no-demo", "--no-demo"},
            {"--data-dir", "/a", "gui", "--data-dir", "/b"},
            {"gui", "--data-dir"},
            {"gui", "--data-dir", "--no-demo"},
            {"gui", "--data-dir="},
            {"gui", "--bogus"},
            {"gui", "gui"},
            {"--no-demo", "gui"},
            {"backup"},
            {"check", "gui"}
        }) {
            assertThat(DirectGui.parse(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    private static DirectGui.Parsed picocli(String... args) {
        CommandLine.ParseResult result = CuratorCommand.commandLine().parseArgs(args);
        CuratorCommand root = (CuratorCommand) result.commandSpec().userObject();
        GuiCommand gui = (GuiCommand) result.subcommand().commandSpec().userObject();
        return new DirectGui.Parsed(Optional.ofNullable(root.dataDirFlag), gui.noDemo, gui.exitWhenShown);
    }
}
