package com.eesystem.curator.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real redis-server child process on a loopback port, with AOF on ({@code appendfsync always}) and
 * its data directory under the test work directory. {@link #restart()}, {@link #stop()}, {@link #crash()}
 * and {@link #start()} keep the port and the data directory, so clients reconnect to the same URL and
 * see what the server persisted.
 *
 * <p>Talks to the server with plain JDK sockets (RESP), so test-support needs no Redis client.
 */
public final class RedisServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final String executable;
    private final Path dataDirectory;
    private final int port;
    private volatile Process process;
    private volatile boolean failureSeen;

    private RedisServer(String executable, Path dataDirectory, int port) {
        this.executable = executable;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts a server in a new directory {@code redis-<port>} under {@code workDirectory}. */
    public static RedisServer startIn(Path workDirectory) {
        return startIn(workDirectory, null);
    }

    /**
     * Starts a server whose data directory first gets a copy of {@code restoreFrom}'s files (a backup:
     * {@code appendonlydir/} and {@code dump.rdb}), as a restore would. The caller closes it.
     */
    public static RedisServer startFrom(Path workDirectory, Path restoreFrom) {
        return startIn(workDirectory, restoreFrom);
    }

    private static RedisServer startIn(Path workDirectory, Path restoreFrom) {
        String executable = System.getProperty("curator.test.redis.server", "redis-server");
        int port = freeLoopbackPort();
        Path dir = workDirectory.resolve("redis-" + port);
        try {
            if (Files.exists(dir)) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            if (restoreFrom != null) {
                copyRecursively(restoreFrom, dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create redis data dir " + dir, e);
        }
        RedisServer server = new RedisServer(executable, dir, port);
        // if the JVM dies without JUnit closing the store, still stop our child (never a leftover server)
        Runtime.getRuntime().addShutdownHook(new Thread(server::killOnExit, "redis-server-" + port + "-shutdown"));
        server.start();
        return server;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://" + host() + ":" + port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return dataDirectory.resolve("redis.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("redis-server on port " + port + " is not running");
        }
        return process.pid();
    }

    /** Starts the server (again) on the same port and data directory and waits until it answers PING. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        List<String> command = List.of(
                executable,
                "--port",
                Integer.toString(port),
                "--bind",
                host(),
                "--dir",
                dataDirectory.toString(),
                "--daemonize",
                "no",
                // RDB only on demand (BGSAVE); durability comes from the AOF, synced on every write
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--logfile",
                "");
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot run " + executable + " (install it: apt-get install -y redis-server): " + e.getMessage(),
                    e);
        }
        awaitReady();
    }

    /** Stops the server cleanly (SIGTERM to its own PID; Redis flushes the AOF) and waits for it. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Kills the server with SIGKILL, as a power cut would: only what reached the AOF survives. */
    public synchronized void crash() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Stops and starts again, keeping the port and the data directory. */
    public synchronized void restart() {
        stop();
        start();
    }

    /**
     * Sends one command and returns the reply flattened to text: simple strings and bulk strings as
     * they are, integers as digits, arrays one element per line, nil as {@code null}. An error reply
     * throws. Meant for setup and assertions in tests (PING, FLUSHALL, CONFIG GET, ACL SETUSER).
     */
    public String command(String... arguments) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port), 2_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(encode(arguments));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            return readReply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server on port " + port + ": " + String.join(" ", arguments), e);
        }
    }

    /** Deletes every key: tests that share the server call it to start from an empty database. */
    public void flushAll() {
        command("FLUSHALL", "SYNC");
    }

    /** Marks that a test failed, so the data directory and log stay under target/ for inspection. */
    void recordFailure() {
        failureSeen = true;
    }

    /** Stops the server; deletes its directory unless a test failed (then the log stays). */
    @Override
    public void close() {
        stop();
        if (!failureSeen) {
            try {
                deleteRecursively(dataDirectory);
            } catch (IOException e) {
                // left behind under target/, which mvn clean removes
            }
        } else {
            System.err.println("redis-server log kept: " + logFile());
        }
    }

    private void killOnExit() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on port " + port + " exited with " + process.exitValue()
                        + "; log " + logFile() + ":\n" + tail());
            }
            try {
                String reply = command("PING");
                if ("PONG".equals(reply)) {
                    return;
                }
                lastProblem = reply;
            } catch (RuntimeException e) {
                lastProblem = e.getMessage();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for redis-server", e);
            }
        }
        throw new IllegalStateException("redis-server on port " + port + " did not answer PING within " + READY_TIMEOUT
                + " (" + lastProblem + "); log " + logFile() + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static byte[] encode(String... arguments) {
        StringBuilder request =
                new StringBuilder().append('*').append(arguments.length).append("\r\n");
        for (String argument : arguments) {
            byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
            request.append('$')
                    .append(bytes.length)
                    .append("\r\n")
                    .append(argument)
                    .append("\r\n");
        }
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String readReply(InputStream in) throws IOException {
        String line = readLine(in);
        char type = line.charAt(0);
        String rest = line.substring(1);
        return switch (type) {
            case '+', ':' -> rest;
            case '-' -> throw new IOException("error reply: " + rest);
            case '$' -> {
                int length = Integer.parseInt(rest);
                if (length < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(length + 2);
                yield new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int count = Integer.parseInt(rest);
                List<String> elements = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    elements.add(readReply(in));
                }
                yield String.join("\n", elements);
            }
            default -> throw new IOException("unexpected reply: " + line);
        };
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\r') {
                in.read();
                return line.toString();
            }
            line.append((char) c);
        }
        throw new IOException("connection closed mid-reply");
    }

    private static int freeLoopbackPort() {
        // a small race (the port could be taken before redis binds it) is acceptable for tests
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public String toString() {
        return "redis-server " + url() + " (" + dataDirectory + ")";
    }
}
