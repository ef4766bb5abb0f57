package com.eesystem.curator.bench.local;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.storage.local.LocalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the library table asks the store over 100k rows (ContentListing): the count plus one 200-row page
 * for a query, as on every search keystroke or filter change, and a page deep in the result, as when the
 * table jumps to its end. Baseline: the same count and 200 rows by plain JDBC on the same file, without
 * filters, sort index or decoding the items. Target: page + count p99 well under 200 ms (off the FX
 * thread, but the table shows "Loading…" until it arrives).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LibraryPageBenchmark {

    static final int PAGE = 200;

    @Param("100000")
    int rows;

    private Path folder;
    private LocalStore store;
    private ContentListing listing;
    private Connection raw;
    private final SplittableRandom random = new SplittableRandom(17);
    private String word;
    private long deepOffset;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        folder = LocalStoreBench.tempFolder("library-page");
        // one transaction per 10k rows (LocalStore.importNewContent); kept per machine, copied per trial
        Path filled = Path.of(System.getProperty("java.io.tmpdir"), "curator-bench-library-page-" + rows + ".db");
        try {
            if (!Files.exists(filled)) {
                try (LocalStore filling = LocalStoreBench.open(folder)) {
                    SplittableRandom fill = new SplittableRandom(5);
                    Instant at = Instant.parse("2026-01-01T00:00:00Z");
                    for (int from = 0; from < rows; from += 10_000) {
                        List<ContentItem> chunk = new ArrayList<>();
                        for (int i = from; i < Math.min(rows, from + 10_000); i++) {
                            chunk.add(LocalStoreBench.draft(fill, at.plusSeconds(i)));
                        }
                        filling.importNewContent(chunk);
                    }
                }
                Files.copy(folder.resolve("curator.db"), filled);
            } else {
                Files.copy(filled, folder.resolve("curator.db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = LocalStoreBench.open(folder);
        listing = store.contentListing();
        raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("curator.db"));
    }

    @Setup(Level.Invocation)
    public void nextQuery() {
        word = LocalStoreBench.sentence(random, 1);
        deepOffset = rows - PAGE - random.nextInt(1_000);
    }

    /** The table as it opens: every item, newest first. */
    @Benchmark
    public int countAndFirstPage() {
        ContentQuery all = ContentQuery.all();
        return (int) listing.count(all) + listing.rows(all, 0, PAGE).size();
    }

    /** A keyword (FTS prefix) with a status filter, sorted by title: a search as the user types. */
    @Benchmark
    public int countAndFirstPageSearchedFilteredByTitle() {
        ContentQuery query = ContentQuery.all()
                .withKeywords(word)
                .withStatuses(Set.of(ContentStatus.DRAFT))
                .orderedBy(ContentOrder.TITLE);
        return (int) listing.count(query) + listing.rows(query, 0, PAGE).size();
    }

    /** The page the table needs after jumping to its end (offset ~99,800, newest first). */
    @Benchmark
    public List<ListedContent> pageAtTheEnd() {
        return listing.rows(ContentQuery.all(), deepOffset, PAGE);
    }

    /** The page at the end in reversed title order (the sort index walked backwards). */
    @Benchmark
    public List<ListedContent> pageAtTheEndByTitleReversed() {
        return listing.rows(ContentQuery.all().orderedBy(ContentOrder.TITLE, true), deepOffset, PAGE);
    }

    /** Baseline: count(*) and 200 item_data texts by rowid, plain JDBC, nothing decoded. */
    @Benchmark
    public int rawCountAndFirstPageBaseline() throws SQLException {
        int read = 0;
        try (PreparedStatement count = raw.prepareStatement("SELECT count(*) FROM content_library");
                ResultSet total = count.executeQuery()) {
            total.next();
            read += total.getInt(1);
        }
        try (PreparedStatement page =
                raw.prepareStatement("SELECT item_data FROM content_library ORDER BY row_id DESC LIMIT ?")) {
            page.setInt(1, PAGE);
            try (ResultSet result = page.executeQuery()) {
                while (result.next()) {
                    read += result.getString(1).length() > 0 ? 1 : 0;
                }
            }
        }
        return read;
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        raw.close();
        store.close();
        LocalStoreBench.deleteRecursively(folder);
    }
}
