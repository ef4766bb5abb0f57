package com.eesystem.curator.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4180: CRLF records, a field quoted only when it must be, quotes doubled. */
class LibraryCsvTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "plain|plain",
                "a, b|\"a, b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "''|''",
            })
    void aFieldIsQuotedOnlyWhenItHoldsACommaAQuoteOrALineBreak(String value, String written) {
        assertThat(LibraryCsv.field(value == null ? "" : value)).isEqualTo(written == null ? "" : written);
    }

    @Test
    void lineBreaksStayInsideTheQuotedField() {
        assertThat(LibraryCsv.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(LibraryCsv.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
    }

    @Test
    void aRowHasEveryColumnOfTheHeaderAndEndsWithCrlf() throws Exception {
        ContentBody body = new ContentBody(
                "Founder story, part 1",
                "",
                ContentType.THREAD,
                List.of(Platform.TWITTER, Platform.LINKEDIN),
                "First \"line\"\n---\nsecond",
                "",
                List.of("story", "founder"),
                List.of(),
                Map.of());
        ContentItem item =
                ContentItem.draft(ContentId.random(), UserId.random(), body, Instant.parse("2026-11-25T10:00:00Z"));
        StringWriter out = new StringWriter();
        LibraryCsv csv = new LibraryCsv(out);

        csv.header();
        csv.row(new ListedContent(item, ComplianceStatus.REVIEW));

        assertThat(out.toString())
                .isEqualTo(
                        "id,title,content_type,platforms,status,compliance_status,revision,updated_at,hashtags,caption\r\n"
                                + item.id() + ",\"Founder story, part 1\",thread,twitter linkedin,draft,review,1,"
                                + "2026-11-25T10:00:00Z,#story #founder,\"First \"\"line\"\"\n---\nsecond\"\r\n");
    }
}
