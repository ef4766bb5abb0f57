package com.eesystem.curator.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Points logback at {@code <data dir>/logs/curator.log} (rolling) with warnings also on stderr. Until
 * this runs, the bundled {@code logback.xml} sends only warnings to stderr, so commands that need no
 * data dir ({@code --help}, {@code --version}) create no files.
 */
public final class LogFiles {

    /** The logback context property the configuration file reads. */
    static final String LOG_DIRECTORY_PROPERTY = "CURATOR_LOG_DIR";

    private static final String CONFIGURATION = "/com/eesystem/curator/app/curator-logback.xml";
    private static volatile Path configured;

    private LogFiles() {}

    /** Sends the log to {@code dataDirectory/logs/curator.log}; a second call for the same dir does nothing. */
    public static synchronized void writeTo(DataDirectory dataDirectory) {
        Path directory = dataDirectory.logs();
        if (directory.equals(configured)) {
            return;
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return; // embedded with another slf4j backend: its owner configures it
        }
        URL configuration = LogFiles.class.getResource(CONFIGURATION);
        if (configuration == null) {
            throw new IllegalStateException("logging: " + CONFIGURATION + " is missing from the app jar");
        }
        context.reset();
        context.putProperty(LOG_DIRECTORY_PROPERTY, directory.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            System.err.println("curator: logging to " + directory + " failed: " + e.getMessage());
            return;
        }
        for (Status status : context.getStatusManager().getCopyOfStatusList()) {
            if (status.getLevel() >= Status.WARN) {
                System.err.println("curator: logging: " + status.getMessage());
            }
        }
        configured = directory;
    }

    /** The current log file, for messages that tell the user where to look. */
    public static Path file(DataDirectory dataDirectory) {
        return dataDirectory.logs().resolve("curator.log");
    }
}
