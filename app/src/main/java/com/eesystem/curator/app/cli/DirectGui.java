package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.LogFiles;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.LoggerFactory;

/**
 * Starts {@code curator gui} without building the whole command line first. picocli reads the annotations
 * of every subcommand when the root command is built, and its classes (compiled for Java 5) are verified
 * at every start and cannot go into the AOT cache: 0.4-0.5 s of CPU on this 2-core machine, a third of
 * the window's start (docs/benchmarks.md "App start"). Only the plain forms are taken here
 * ({@code [--data-dir D] gui [--data-dir D] [--no-demo]}); anything else (help, a typo, another command)
 * goes to picocli as before, which says what is wrong.
 */
public final class DirectGui {

    private DirectGui() {}

    /** What the plain form asked for; the same fields picocli would set on {@link GuiCommand}. */
    record Parsed(Optional<Path> dataDir, boolean noDemo, boolean exitWhenShown) {}

    /**
     * Runs the window for a plain {@code gui} command line and returns its exit code; empty when
     * {@code args} is anything else, for picocli to handle.
     */
    public static OptionalInt run(String... args) {
        Optional<Parsed> parsed = parse(args);
        if (parsed.isEmpty()) {
            return OptionalInt.empty();
        }
        CuratorCommand root = new CuratorCommand();
        root.dataDirFlag = parsed.get().dataDir().orElse(null);
        GuiCommand gui = new GuiCommand();
        gui.parent = root;
        gui.noDemo = parsed.get().noDemo();
        gui.exitWhenShown = parsed.get().exitWhenShown();
        try {
            return OptionalInt.of(gui.call());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(failed(e));
        } catch (RuntimeException e) {
            return OptionalInt.of(failed(e));
        }
    }

    /** As picocli's handler in {@link CuratorCommand}: one plain line for the user, the trace for the log. */
    private static int failed(Exception exception) {
        LoggerFactory.getLogger(CuratorCommand.class).error(LogFiles.ALREADY_SHOWN, "curator gui failed", exception);
        String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
        System.err.println("curator gui: " + message);
        return 1;
    }

    /** The plain forms only: each option at most once (picocli refuses repeats), nothing unknown. */
    static Optional<Parsed> parse(String... args) {
        String dataDir = null;
        boolean gui = false;
        boolean noDemo = false;
        boolean exitWhenShown = false;
        for (int index = 0; index < args.length; index++) {
            String arg = args[index];
            if (arg.equals("gui") && !gui) {
                gui = true;
            } else if (arg.equals("--data-dir")
                    && dataDir == null
                    && index + 1 < args.length
                    && !args[index + 1].startsWith("-")) {
                dataDir = args[++index];
            } else if (arg.startsWith("--data-dir=") && dataDir == null && arg.length() > "--data-dir=".length()) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (gui && arg.equals("--no-demo") && !noDemo) {
                noDemo = true;
            } else if (gui && arg.equals("--exit-when-shown") && !exitWhenShown) {
                exitWhenShown = true;
            } else {
                return Optional.empty();
            }
        }
        if (!gui) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(Optional.ofNullable(dataDir).map(Path::of), noDemo, exitWhenShown));
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli names the bad value
        }
    }
}
