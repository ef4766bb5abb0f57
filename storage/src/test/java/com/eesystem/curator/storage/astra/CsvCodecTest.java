package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCodecTest {

    @Test
    void nullEmptyQuotesCommasAndNewlinesSurviveARoundTrip() throws IOException {
        List<String> cells = Arrays.asList("plain", null, "", "a, b", "say \"hi\"", "two\nlines", "[1.0, 2.0]");
        String line = CsvCodec.line(cells);
        assertThat(line).isEqualTo("plain,,\"\",\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"[1.0, 2.0]\"\n");

        var reader = new CsvCodec.RecordReader(new StringReader(line + CsvCodec.line(List.of("next"))));
        assertThat(reader.next()).isEqualTo(cells);
        assertThat(reader.startLine()).isEqualTo(1);
        assertThat(reader.next()).containsExactly("next");
        assertThat(reader.startLine()).isEqualTo(3);
        assertThat(reader.next()).isNull();
    }
}
