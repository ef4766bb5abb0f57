package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.Workstation;
import com.eesystem.curator.domain.demo.DemoRecord;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code curator demo seed|clear}: the demo workspace a first start opens on. Clear removes exactly the
 * demo's rows and keeps it from coming back; seed brings it back on request.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Seed or clear the demo workspace (local only; never synced to the team store).",
        subcommands = {DemoCommand.Seed.class, DemoCommand.Clear.class})
final class DemoCommand implements Runnable {

    @ParentCommand
    CuratorCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    int withStore(CommandLine.Model.CommandSpec command, LocalStoreCommands.StoreWork work) {
        return LocalStoreCommands.withStore(parent.dataDirectory(), command, work);
    }

    @Command(
            name = "seed",
            mixinStandardHelpOptions = true,
            description = "Add the demo workspace (a dozen posts in every state, brand guidelines) unless it is there.")
    static final class Seed implements Callable<Integer> {

        @ParentCommand
        DemoCommand demo;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return demo.withStore(spec, store -> {
                long started = System.nanoTime();
                int created = Workstation.on(store, Clock.systemDefaultZone()).seedDemo();
                long millis = (System.nanoTime() - started) / 1_000_000;
                out.println(
                        created == 0
                                ? "the demo workspace is already there"
                                : "seeded the demo workspace: " + created + " items in " + millis + " ms");
                return 0;
            });
        }
    }

    @Command(
            name = "clear",
            mixinStandardHelpOptions = true,
            description = {
                "Remove the demo's content, checks, decisions, schedule entries and guidelines; your own rows stay.",
                "A cleared demo is not seeded again at start."
            })
    static final class Clear implements Callable<Integer> {

        @ParentCommand
        DemoCommand demo;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return demo.withStore(spec, store -> {
                DemoRecord.Removed removed =
                        Workstation.on(store, Clock.systemDefaultZone()).clearDemo();
                out.println("cleared the demo workspace: " + removed.content() + " items, " + removed.checks()
                        + " checks, " + removed.decisions() + " decisions, " + removed.scheduleEntries()
                        + " schedule entries, " + removed.guidelines() + " guidelines");
                return 0;
            });
        }
    }
}
