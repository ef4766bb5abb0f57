package com.eesystem.curator.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Logging for Curator: {@code <data dir>/logs/curator.log} (rolling daily and at 10 MB, 14 days, 200 MB
 * at most) with warnings also on stderr. Until a command knows its data dir, only warnings go to
 * stderr, so {@code --help} and {@code --version} create no files.
 *
 * <p>Configured in code, not in logback.xml: parsing XML with Joran cost about 0.3 s of the window's
 * start (docs/benchmarks.md, "App start"). Never log secrets (tokens, passwords, bundle contents):
 * adapters log hosts and key ids only.
 */
public final class LogFiles {

    private static final String FILE_PATTERN =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    // stack traces only in the file: stderr is for people
    private static final String STDERR_PATTERN = "%-5level %logger{0} - %msg%n%nopex";
    private static volatile Path configured;

    /**
     * Marks a log event whose message the user has already read in plain words on stderr: it goes to
     * the log file (with the cause) but is not printed a second time.
     */
    public static final Marker ALREADY_SHOWN = MarkerFactory.getMarker("ALREADY_SHOWN");

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
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file(context, directory));
        root.addAppender(stderr(context, Level.WARN));
        configured = directory;
    }

    /** The current log file, for messages that tell the user where to look. */
    public static Path file(DataDirectory dataDirectory) {
        return dataDirectory.logs().resolve("curator.log");
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, Path directory) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        // forward slashes everywhere: logback reads a backslash in the file name pattern as an escape
        String folder = directory.toString().replace('\\', '/');
        appender.setFile(folder + "/curator.log");

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(
                directory.resolve("curator.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();

        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder(context, FILE_PATTERN));
        appender.start();
        return appender;
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, Level threshold) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("stderr");
        appender.setTarget("System.err");
        ThresholdFilter filter = new ThresholdFilter();
        filter.setLevel(threshold.levelStr);
        filter.start();
        appender.addFilter(filter);
        appender.addFilter(new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                List<Marker> markers = event.getMarkerList();
                return markers != null && markers.contains(ALREADY_SHOWN) ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
        });
        appender.setEncoder(encoder(context, STDERR_PATTERN));
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    /**
     * logback's start-up configuration (found through META-INF/services): warnings to stderr, nothing
     * else, until {@link #writeTo} knows the data dir.
     */
    public static final class WarningsToStderr extends ContextAwareBase implements Configurator {

        @Override
        public ExecutionStatus configure(LoggerContext context) {
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.WARN);
            root.addAppender(stderr(context, Level.WARN));
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
    }
}
