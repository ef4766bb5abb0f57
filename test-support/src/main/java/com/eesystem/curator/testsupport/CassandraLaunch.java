package com.eesystem.curator.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the pieces of a test Cassandra come from: the server jars, the start script, the JDK 17 that runs
 * it (Cassandra 5.0 does not start on JDK 25), the folder that holds each server's data and log, and the
 * heap size. Failsafe passes the first four as system properties; {@link #fromSystemProperties()} reads
 * them and names the one that is missing.
 */
public record CassandraLaunch(Path lib, Path script, Path javaHome, Path workDirectory, String heap) {

    public static final String LIB_PROPERTY = "curator.test.cassandra.lib";
    public static final String SCRIPT_PROPERTY = "curator.test.cassandra.script";
    public static final String JAVA_HOME_PROPERTY = "curator.test.cassandra.javaHome";
    public static final String WORKDIR_PROPERTY = "curator.test.workdir";
    public static final String HEAP_PROPERTY = "curator.test.cassandra.heap";

    /** 768 MiB: inside the 512m-1g band the recipe verified; eight helpers share this machine's memory. */
    public static final String DEFAULT_HEAP = "768m";

    public CassandraLaunch {
        Objects.requireNonNull(lib, "lib");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(javaHome, "javaHome");
        Objects.requireNonNull(workDirectory, "workDirectory");
        if (heap == null || !heap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("heap: \"" + heap + "\" is not a JVM size like 512m or 1g");
        }
    }

    public static CassandraLaunch fromSystemProperties() {
        return new CassandraLaunch(
                existing(LIB_PROPERTY, "the folder with cassandra-all-*.jar (built by the cassandra-server module)"),
                existing(SCRIPT_PROPERTY, "start-cassandra.sh"),
                existing(JAVA_HOME_PROPERTY, "a JDK 17 home"),
                Path.of(required(WORKDIR_PROPERTY, "a folder for test server data")),
                System.getProperty(HEAP_PROPERTY, DEFAULT_HEAP));
    }

    private static Path existing(String property, String what) {
        Path path = Path.of(required(property, what));
        if (!Files.exists(path)) {
            throw new IllegalStateException(property + ": " + path + " does not exist (expected " + what + ")");
        }
        return path;
    }

    private static String required(String property, String what) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (expected " + what
                    + "); run integration tests through failsafe (./mvnw verify) or pass -D" + property + "=...");
        }
        return value;
    }
}
