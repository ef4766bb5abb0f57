package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentItem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteFullTextSearchTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    ContentItem sleepInTitle;
    ContentItem sleepInScript;
    ContentItem unrelated;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        sleepInTitle = ContentSamples.draft("Deep sleep rituals", "Wind down tonight", clock.instant());
        sleepInScript = ContentSamples.draft("Evening routine", "Better sleep starts early", clock.instant());
        unrelated = ContentSamples.draft("Hydration basics", "Drink water", clock.instant());
        List.of(sleepInTitle, sleepInScript, unrelated).forEach(store.contentLibrary()::save);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void matchesAreRankedWithTitlesFirst() {
        List<SearchHit> hits = store.search().content("sleep", 10);

        assertThat(hits)
                .extracting(SearchHit::id)
                .containsExactly(
                        sleepInTitle.id().toString(), sleepInScript.id().toString());
        assertThat(hits.getFirst().score()).isLessThan(hits.get(1).score());
        assertThat(hits.getFirst().snippet()).contains("[sleep]");
    }

    @Test
    void hashtagsPrefixesAndPhrasesAreSearchable() {
        assertThat(store.search().content("eesystem", 10)).hasSize(3);
        assertThat(store.search().content("hydra*", 10))
                .extracting(SearchHit::id)
                .containsExactly(unrelated.id().toString());
        assertThat(store.search().content("\"wind down\"", 10))
                .extracting(SearchHit::id)
                .containsExactly(sleepInTitle.id().toString());
        assertThat(store.search().content("\"down wind\"", 10)).isEmpty();
    }

    @Test
    void anEditIsReindexedByTheTriggers() throws SQLException {
        ContentItem edited = ((ContentChange.Changed) sleepInTitle.edit(
                        sleepInTitle.body().withTitle("Deep rest rituals").withCaption("Unwind"), clock.instant()))
                .item();
        store.contentLibrary().save(edited);

        assertThat(store.search().content("rest", 10))
                .extracting(SearchHit::id)
                .containsExactly(edited.id().toString());
        assertThat(LocalStoreFixture.single(
                        store.settings().database(),
                        "SELECT count(*) FROM content_library_search WHERE content_library_search MATCH 'title:sleep'"))
                .as("the old title is gone from the index")
                .isEqualTo("0");
    }

    @Test
    void aDeletedRowLeavesTheIndex() throws SQLException {
        LocalStoreFixture.execute(
                store.settings().database(), "DELETE FROM content_library WHERE title = 'Hydration basics'");

        assertThat(store.search().content("hydration", 10)).isEmpty();
        assertThat(LocalStoreFixture.single(
                        store.settings().database(),
                        "SELECT count(*) FROM content_library_search WHERE content_library_search MATCH 'water'"))
                .isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sleep AND (",
                "NEAR(sleep",
                "-sleep",
                "title:sleep",
                "sleep OR",
                "^sleep",
                "sleep\"\"",
                "*",
                ")))"
            })
    void ftsSyntaxTypedByUsersIsSearchedAsPlainWords(String typed) {
        assertThat(store.search().content(typed, 10))
                .allSatisfy(hit -> assertThat(hit.id()).isNotBlank());
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> store.search().content("deep \"sleep", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("search \"deep \"sleep\": the quote at position 6 is not closed; close it or remove it");
    }

    @Test
    void brandKnowledgeIsSearchable() throws SQLException {
        LocalStoreFixture.execute(
                store.settings().database(),
                "INSERT INTO brand_knowledge (id, knowledge_type, title, content, category, status, created_at, updated_at)"
                        + " VALUES ('k1', 'claim', 'Approved sleep claims', 'Say: may support relaxation.', 'medical',"
                        + " 'active', '2026-11-25 10:00:00.000', '2026-11-25 10:00:00.000')");

        assertThat(store.search().knowledge("relaxation", 5))
                .extracting(SearchHit::id)
                .containsExactly("k1");
    }
}
