package com.eesystem.curator.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Apache Cassandra 5 running as its own JVM on loopback ports. Tests get one from
 * {@link CassandraServerExtension}; benchmarks may {@link #launch} one themselves. The process is
 * stopped by its own PID (SIGTERM, which drains and flushes; forced after 60 s).
 */
public final class CassandraServer implements AutoCloseable {

    /** SimpleSnitch, which the test yaml uses, puts the node in this datacenter. */
    public static final String LOCAL_DATACENTER = "datacenter1";

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final CassandraLaunch launch;
    private final Path dataDirectory;
    private final int nativePort;
    private final int storagePort;
    private Process process;
    private boolean keepFiles;

    private CassandraServer(CassandraLaunch launch, Path dataDirectory, int nativePort, int storagePort) {
        this.launch = launch;
        this.dataDirectory = dataDirectory;
        this.nativePort = nativePort;
        this.storagePort = storagePort;
    }

    /** Starts a fresh server with its own data folder under the launch's work folder and waits for CQL. */
    public static CassandraServer launch(CassandraLaunch launch) {
        try {
            Files.createDirectories(launch.workDirectory());
            Path data = Files.createTempDirectory(launch.workDirectory(), "cassandra-");
            var server = new CassandraServer(launch, data, freePort(), freePort());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Cassandra data folder under " + launch.workDirectory(), e);
        }
    }

    public String host() {
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    /** The CQL (native protocol) port. */
    public int port() {
        return nativePort;
    }

    public InetSocketAddress contactPoint() {
        return new InetSocketAddress(host(), nativePort);
    }

    public String localDatacenter() {
        return LOCAL_DATACENTER;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Everything the server printed (stdout and stderr) since the first start. */
    public Path logFile() {
        return dataDirectory.resolve("cassandra.out");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("Cassandra is not running");
        }
        return process.pid();
    }

    /**
     * Starts the server on the same data folder and ports (a restart after {@link #stop()} keeps every
     * acknowledged row) and returns when the CQL port accepts connections.
     */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        var command = new ProcessBuilder(
                        "bash",
                        launch.script().toString(),
                        dataDirectory.toString(),
                        String.valueOf(nativePort),
                        String.valueOf(storagePort))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        command.environment().put("CASSANDRA_LIB", launch.lib().toString());
        command.environment().put("JAVA_HOME", launch.javaHome().toString());
        command.environment().put("CASSANDRA_HEAP", launch.heap());
        try {
            // the script execs java, so this PID is the Cassandra JVM's own
            process = command.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + launch.script(), e);
        }
        awaitCqlPort();
    }

    /** SIGTERM to the server's PID (drain + flush), forced after 60 s; returns when the process is gone. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }

    /** SIGKILL, no flush: the next {@link #start()} replays the commit log. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }

    /** Keep the data folder and log after {@link #close()} (a test failed and someone will want to look). */
    public synchronized void keepFiles() {
        keepFiles = true;
    }

    /** Stops the server and deletes its data folder unless {@link #keepFiles()} was called. */
    @Override
    public synchronized void close() {
        stop();
        if (!keepFiles) {
            deleteData();
        }
    }

    /** The last lines of the server's output, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile() + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return "Cassandra at " + host() + ":" + nativePort + " (data " + dataDirectory + ")";
    }

    private void awaitCqlPort() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                int exit = process.exitValue();
                process = null;
                keepFiles = true;
                throw new IllegalStateException("Cassandra exited with code " + exit + " before its CQL port "
                        + nativePort + " opened; log " + logFile() + ":\n" + logTail(40));
            }
            // connect only, send nothing: a probe that writes makes the server log a protocol error
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(host(), nativePort), 500);
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(200));
            }
        }
        keepFiles = true;
        stop();
        throw new IllegalStateException("Cassandra did not open CQL port " + nativePort + " within "
                + START_TIMEOUT.toSeconds() + " s; log " + logFile() + ":\n" + logTail(40));
    }

    private void deleteData() {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // leftovers under target/ are harmless; the next clean removes them
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Cassandra", e);
        }
    }
}
