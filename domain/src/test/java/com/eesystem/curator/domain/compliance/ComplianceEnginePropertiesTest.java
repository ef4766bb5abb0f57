package com.eesystem.curator.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.platform.Platform;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever an editor types (emoji, tags, half-words, claim words), the engine answers with valid spans. */
class ComplianceEnginePropertiesTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.bundled();

    @Provide
    Arbitrary<String> captions() {
        Arbitrary<String> words = Arbitraries.of(
                "not",
                "cure",
                "arthritis",
                "#CancerFree",
                "no more",
                "💊",
                "✨",
                "FDA",
                "approved",
                "d1abetes",
                "anxeity",
                "#ad",
                "@calmcenter",
                "thanks",
                "Before:",
                "After:",
                "87%",
                "clinically proven",
                "?",
                ".",
                ",",
                ":",
                "'",
                "\"",
                "—",
                "\n",
                "heal",
                "my",
                "is",
                "gone",
                "treat",
                "yourself",
                "a1c",
                "dropped",
                "Eesystem",
                "miracle",
                "!!",
                "NOW",
                "sessions",
                "for",
                "relax",
                "",
                " ",
                "#",
                "@",
                "👩‍👩‍👧");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(words, words, words, noise)
                .list()
                .ofMaxSize(120)
                .map(parts -> String.join(" ", parts));
    }

    @Property(tries = 300)
    void everyIssueSpanLiesInsideTheText(@ForAll("captions") String text) {
        ComplianceReport report = ENGINE.check(new DraftToCheck(
                text, Set.of(Platform.INSTAGRAM, Platform.TWITTER), Set.of(MaterialConnection.SPONSORED), Set.of()));

        assertThat(report.outcomes()).hasSize(CheckType.values().length);
        for (ComplianceIssue issue : report.issues()) {
            assertThat(issue.start()).isBetween(0, text.length());
            assertThat(issue.end()).isBetween(issue.start(), text.length());
        }
    }

    @Property(tries = 200)
    void checkingIsDeterministic(@ForAll("captions") String text) {
        DraftToCheck draft = DraftToCheck.caption(text);

        assertThat(ENGINE.check(draft)).isEqualTo(ENGINE.check(draft));
    }
}
