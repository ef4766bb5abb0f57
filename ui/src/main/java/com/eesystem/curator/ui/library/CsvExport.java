package com.eesystem.curator.ui.library;

import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.content.ContentQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.concurrent.Task;

/**
 * Streams every row of a query from the store into a CSV file: rows are written as they are read (never
 * all in memory), into a temporary file beside the target that replaces it only when complete, so a
 * cancel or a failure never leaves half a file or spoils an earlier export. The answer is the row count.
 */
final class CsvExport extends Task<Long> {

    private final ContentListing listing;
    private final ContentQuery query;
    private final Path target;

    CsvExport(ContentListing listing, ContentQuery query, Path target) {
        this.listing = listing;
        this.query = query;
        this.target = target.toAbsolutePath();
    }

    @Override
    protected Long call() throws IOException {
        long total = listing.count(query);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            long written;
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                LibraryCsv csv = new LibraryCsv(out);
                csv.header();
                long[] count = {0};
                listing.each(query, row -> {
                    if (isCancelled()) {
                        return false;
                    }
                    try {
                        csv.row(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                    if (count[0] % 500 == 0) {
                        updateProgress(count[0], Math.max(total, count[0]));
                    }
                    return true;
                });
                written = count[0];
            }
            if (isCancelled()) {
                Files.deleteIfExists(partial);
                return written;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            updateProgress(written, Math.max(written, 1));
            return written;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
