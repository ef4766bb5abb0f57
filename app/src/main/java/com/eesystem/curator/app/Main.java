package com.eesystem.curator.app;

import com.eesystem.curator.app.cli.CuratorCommand;
import com.eesystem.curator.app.cli.DirectGui;
import picocli.CommandLine;

/** Entry point of the {@code ./curator} launcher and of the packaged app. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // a plain `gui` starts without building the whole command line (DirectGui says why)
        int exitCode =
                DirectGui.run(args).orElseGet(() -> CuratorCommand.commandLine().execute(args));
        // the gui subcommand returns only after the window is closed
        System.exit(exitCode);
    }

    /** Runs the command line without exiting the JVM, for tests and scripts embedding Curator. */
    public static int run(String... args) {
        return CuratorCommand.commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return CuratorCommand.commandLine();
    }
}
