package com.eesystem.curator.bench.redis;

import com.eesystem.curator.testsupport.RedisServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The live layer's benchmark run: one redis-server, redis-benchmark's SET rates on it (before and after
 * the JMH runs, to see drift on a shared CPU), then {@link RedisQueueBenchmark} on the same server, and
 * the ratios docs/benchmarks.md reports.
 *
 * <pre>java -cp "bench/target/classes:bench/target/lib/*" com.eesystem.curator.bench.redis.LiveLayerBenchmark</pre>
 *
 * {@code -Dcurator.bench.redis.appendfsync=everysec} measures without an fsync per write.
 */
public final class LiveLayerBenchmark {

    /** redis-benchmark's default client count: our threads match it for a like-for-like ratio. */
    private static final int CLIENTS = 50;

    private static final Pattern RATE = Pattern.compile("SET: ([0-9.]+) requests per second");

    private LiveLayerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("curator.test.workdir", "bench/target/bench-servers"));
        // always (the test servers' and the recommended setting) or everysec, to see the CPU cost alone
        String fsync = System.getProperty("curator.bench.redis.appendfsync", "always");
        try (RedisServer server = RedisServer.startIn(work)) {
            server.command("CONFIG", "SET", "appendfsync", fsync);
            System.out.println("redis-server "
                    + server.command("INFO", "server")
                            .lines()
                            .filter(line -> line.startsWith("redis_version"))
                            .findFirst()
                            .orElse("?")
                    + " at " + server.url() + " (appendonly yes, appendfsync " + fsync + ")");
            List<String> baselines = new ArrayList<>();
            double set50 = redisBenchmark(server, baselines, "-t", "set", "-n", "100000", "-q");
            double set1 = redisBenchmark(server, baselines, "-t", "set", "-n", "20000", "-c", "1", "-q");
            double setPipelined = redisBenchmark(server, baselines, "-t", "set", "-n", "100000", "-P", "16", "-q");
            server.flushAll();

            double trip1 = jmh(server, "enqueueClaimAck", 1);
            double trip50 = jmh(server, "enqueueClaimAck", CLIENTS);
            double batch1 = jmh(server, "pipelinedBatchEnqueue", 1);
            double batch50 = jmh(server, "pipelinedBatchEnqueue", CLIENTS);
            server.flushAll();
            double set50After = redisBenchmark(server, baselines, "-t", "set", "-n", "100000", "-q");

            System.out.println();
            System.out.println("Baselines (redis-benchmark on the same server):");
            baselines.forEach(line -> System.out.println("  " + line));
            System.out.printf(
                    Locale.ROOT,
                    "%nenqueue+claim+ack, 1 thread:    %,10.0f items/s = %5.1f%% of SET -c 1 (%,.0f/s)%n",
                    trip1,
                    100 * trip1 / set1,
                    set1);
            System.out.printf(
                    Locale.ROOT,
                    "enqueue+claim+ack, %d threads:  %,10.0f items/s = %5.1f%% of SET -c 50 (%,.0f/s before,"
                            + " %,.0f/s after: %5.1f%%)%n",
                    CLIENTS,
                    trip50,
                    100 * trip50 / set50,
                    set50,
                    set50After,
                    100 * trip50 / set50After);
            System.out.printf(
                    Locale.ROOT,
                    "batch enqueue (%d per script), 1 thread:   %,10.0f items/s = %5.1f%% of SET -P 16 -c 50"
                            + " (%,.0f/s)%n",
                    RedisQueueBenchmark.BATCH,
                    batch1,
                    100 * batch1 / setPipelined,
                    setPipelined);
            System.out.printf(
                    Locale.ROOT,
                    "batch enqueue (%d per script), %d threads: %,10.0f items/s = %5.1f%% of SET -P 16 -c 50%n",
                    RedisQueueBenchmark.BATCH,
                    CLIENTS,
                    batch50,
                    100 * batch50 / setPipelined);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double redisBenchmark(RedisServer server, List<String> log, String... options)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("redis-benchmark", "-h", server.host(), "-p", Integer.toString(server.port())));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher rate = RATE.matcher(output.replace('\r', '\n'));
        double last = Double.NaN;
        while (rate.find()) {
            last = Double.parseDouble(rate.group(1));
        }
        if (Double.isNaN(last)) {
            throw new IllegalStateException(String.join(" ", command) + " printed no SET rate: " + output);
        }
        String line = String.join(" ", command.subList(0, 1)) + " " + String.join(" ", options) + " -> "
                + String.format(Locale.ROOT, "%,.0f", last) + " requests/s";
        System.out.println("baseline: " + line);
        log.add(line);
        return last;
    }

    private static double jmh(RedisServer server, String benchmark, int threads) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(RedisQueueBenchmark.class.getName() + "." + benchmark + "$")
                .param("url", server.url())
                .threads(threads)
                .build();
        Collection<RunResult> results = null;
        for (int wait = 0; results == null; wait++) {
            try {
                results = new Runner(options).run();
            } catch (RunnerException e) {
                // another JMH run holds /tmp/jmh.lock (the CPU is shared): wait for it rather than skew both
                if (wait >= 60 || !String.valueOf(e.getMessage()).contains("JMH lock")) {
                    throw e;
                }
                System.out.println("another JMH run is in progress; waiting 10 s");
                sleep(10_000);
            }
        }
        double score = results.iterator().next().getPrimaryResult().getScore();
        server.flushAll();
        return score;
    }
}
