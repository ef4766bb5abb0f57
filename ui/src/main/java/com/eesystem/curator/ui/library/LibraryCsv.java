package com.eesystem.curator.ui.library;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The library view as CSV (RFC 4180): a header line, then one record per row, CRLF line ends, a field
 * quoted when it holds a comma, a quote, CR or LF, quotes inside doubled. Captions keep their line breaks.
 */
final class LibraryCsv {

    static final List<String> HEADER = List.of(
            "id",
            "title",
            "content_type",
            "platforms",
            "status",
            "compliance_status",
            "revision",
            "updated_at",
            "hashtags",
            "caption");

    private final Writer out;

    LibraryCsv(Writer out) {
        this.out = out;
    }

    void header() throws IOException {
        record(HEADER);
    }

    void row(ListedContent row) throws IOException {
        ContentItem item = row.item();
        record(List.of(
                item.id().toString(),
                item.title(),
                item.body().contentType().storedValue(),
                item.body().platforms().stream().map(Platform::storedValue).collect(Collectors.joining(" ")),
                item.status().storedValue(),
                row.compliance().storedValue(),
                Long.toString(item.revision()),
                item.updatedAt().toString(),
                item.body().hashtags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")),
                item.body().caption()));
    }

    private void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
