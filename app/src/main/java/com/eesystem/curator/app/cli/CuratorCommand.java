package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: every capability of Curator adds a subcommand here. */
@Command(
        name = "curator",
        mixinStandardHelpOptions = true,
        versionProvider = CuratorCommand.Version.class,
        description = "EESystem Curator: draft, check, review and schedule social content, online or offline.",
        subcommands = {
            GuiCommand.class,
            CheckCommand.class,
            MigrateCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class CuratorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--data-dir",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Where the local store, logs and backups live (default: per OS, or $CURATOR_DATA_DIR).")
    Path dataDirFlag;

    /** The data dir chosen by --data-dir, $CURATOR_DATA_DIR or the OS convention. Subcommands call this. */
    public DataDirectory dataDirectory() {
        return DataDirectory.forThisProcess(dataDirFlag).ensureExists();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CuratorCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in =
                    CuratorCommand.class.getResourceAsStream("/com/eesystem/curator/app/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                "Curator " + properties.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
