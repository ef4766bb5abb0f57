package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.DataDirectory;
import com.eesystem.curator.app.LogFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.LoggerFactory;
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
            BackupCommand.class,
            RestoreCommand.class,
            CleanupCommand.class,
            SyncCommand.class,
            ConnectCommand.class,
            MigrateCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            AuditCommand.class,
            DemoCommand.class,
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

    /**
     * The data dir chosen by --data-dir, $CURATOR_DATA_DIR or the OS convention. Subcommands call this;
     * from then on the log goes to its logs/curator.log.
     */
    public DataDirectory dataDirectory() {
        DataDirectory dataDirectory = DataDirectory.forThisProcess(dataDirFlag).ensureExists();
        LogFiles.writeTo(dataDirectory);
        return dataDirectory;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CuratorCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(CuratorCommand::failed);
        return commandLine;
    }

    /** A command that broke: one plain line for the user, the stack trace for the log file only. */
    private static int failed(Exception exception, CommandLine command, CommandLine.ParseResult parseResult) {
        LoggerFactory.getLogger(CuratorCommand.class)
                .error(LogFiles.ALREADY_SHOWN, "curator {} failed", command.getCommandName(), exception);
        String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
        command.getErr().println("curator " + command.getCommandName() + ": " + message);
        return 1;
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
