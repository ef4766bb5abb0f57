package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.config.ConnectionCheck;
import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.app.config.ConnectionConfigException;
import com.eesystem.curator.app.config.ConnectionConfigFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code curator connect}: saves, shows (masked), tests and clears the connection config the window
 * and every team-store command use when no options are given.
 */
@Command(
        name = "connect",
        mixinStandardHelpOptions = true,
        description = {
            "Save, show, test or clear the team store (AstraDB / Cassandra) and Redis connection.",
            "Saved in <data dir>/connections.json; the token and passwords are encrypted (docs/operations.md)."
        },
        subcommands = {
            ConnectCommand.Save.class,
            ConnectCommand.Show.class,
            ConnectCommand.Test.class,
            ConnectCommand.Clear.class
        })
final class ConnectCommand implements Runnable {

    @ParentCommand
    CuratorCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    ConnectionConfigFile file() {
        return ConnectionConfigFile.of(root.dataDirectory());
    }

    @Command(
            name = "save",
            mixinStandardHelpOptions = true,
            description = {
                "Save the connection given by the options (secrets from environment variables).",
                "A store not named here keeps its saved settings; --test checks before saving."
            })
    static final class Save implements Callable<Integer> {
        @ParentCommand
        ConnectCommand connect;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ConnectionOptions options;

        @Option(names = "--test", description = "Connect first and save only if every server answered.")
        boolean test;

        @Option(names = "--forget-team-store", description = "Remove the saved team store.")
        boolean forgetTeamStore;

        @Option(names = "--forget-redis", description = "Remove the saved Redis.")
        boolean forgetRedis;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                ConnectionConfigFile file = connect.file();
                ConnectionConfig given = options.given();
                if (given.isEmpty() && !forgetTeamStore && !forgetRedis) {
                    err.println("curator connect save: nothing to save; give --bundle or --contact-point (team"
                            + " store) and/or --redis-url");
                    return 2;
                }
                ConnectionConfig saved = file.exists() ? file.load() : ConnectionConfig.none();
                ConnectionConfig next = new ConnectionConfig(
                        forgetTeamStore
                                ? java.util.Optional.empty()
                                : given.teamStore().or(saved::teamStore),
                        forgetRedis
                                ? java.util.Optional.empty()
                                : given.liveLayer().or(saved::liveLayer));
                if (test) {
                    ConnectionCheck.Report report = ConnectionCheck.check(given);
                    print(out, report);
                    if (!report.allReached()) {
                        err.println("curator connect save: not saved, a server did not answer");
                        return 1;
                    }
                }
                file.save(next);
                out.println("saved " + file.path());
                next.describe().forEach(out::println);
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("curator connect save: " + e.getMessage());
                return 2;
            } catch (ConnectionConfigException e) {
                err.println("curator connect save: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print the saved connection (secrets masked).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ConnectCommand connect;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ConnectionConfigFile file = connect.file();
            try {
                if (!file.exists()) {
                    out.println("no connection saved (" + file.path() + "): Curator works on this computer only");
                    return 0;
                }
                out.println(file.path() + ":");
                file.load().describe().forEach(out::println);
                return 0;
            } catch (ConnectionConfigException e) {
                spec.commandLine().getErr().println("curator connect show: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "test",
            mixinStandardHelpOptions = true,
            description = "Connect to each server once (the options, else the saved config) and say what happened.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        ConnectCommand connect;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ConnectionOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                ConnectionConfig config = options.resolve(connect.file());
                if (config.isEmpty()) {
                    out.println("nothing configured: Curator works on this computer only");
                    return 0;
                }
                ConnectionCheck.Report report = ConnectionCheck.check(config);
                print(out, report);
                return report.allReached() ? 0 : 1;
            } catch (IllegalArgumentException e) {
                err.println("curator connect test: " + e.getMessage());
                return 2;
            } catch (ConnectionConfigException e) {
                err.println("curator connect test: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Forget the saved connection.")
    static final class Clear implements Callable<Integer> {
        @ParentCommand
        ConnectCommand connect;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ConnectionConfigFile file = connect.file();
            file.clear();
            spec.commandLine().getOut().println("removed " + file.path() + ": Curator works on this computer only");
            return 0;
        }
    }

    static void print(PrintWriter out, ConnectionCheck.Report report) {
        out.println(report.teamStore().plainWords());
        out.println(report.liveLayer().plainWords());
    }
}
