package com.eesystem.curator.storage.astra;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as the exports write it. A missing value (CQL null) is an empty unquoted cell; an empty
 * string is {@code ""}, so the two survive a round trip. Collections, vectors and numbers are cells
 * holding their JSON text.
 */
final class CsvCodec {

    private CsvCodec() {}

    static String line(List<String> cells) {
        var out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            if (cell.isEmpty()
                    || cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        return out.append('\n').toString();
    }

    /** Reads records one by one; a record may span lines inside quotes. */
    static final class RecordReader {
        private final Reader in;
        private int lineNumber = 1;
        private int startLine;

        RecordReader(Reader in) {
            this.in = in;
        }

        /** The line the last record returned by {@link #next()} started on (1-based). */
        int startLine() {
            return startLine;
        }

        /** The next record's cells (null for an unquoted empty cell), or null at the end. */
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            startLine = lineNumber;
            List<String> cells = new ArrayList<>();
            var cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IOException("line " + startLine + ": a quoted cell is not closed");
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            lineNumber++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',' || c == '\n' || c == -1) {
                    cells.add(cell.isEmpty() && !wasQuoted ? null : cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                    if (c != ',') {
                        if (c == '\n') {
                            lineNumber++;
                        }
                        return cells;
                    }
                } else if (c != '\r') {
                    cell.append((char) c);
                }
                c = read();
            }
        }

        private int read() throws IOException {
            return in.read();
        }
    }
}
