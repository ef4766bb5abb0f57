package com.eesystem.curator.domain.content;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.memory.InMemoryContentLibrary;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentQueryTest {

    final ContentItem reel = ContentItem.draft(
            ContentId.random(),
            EDITOR.id(),
            new ContentBody(
                    "Morning Light",
                    "for the launch",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM),
                    "Ten quiet minutes.",
                    "Open on the window.",
                    List.of("calm"),
                    List.of(),
                    Map.of()),
            T0);

    @Test
    void keywordsMustAllOccurInAnyTextCaseInsensitively() {
        assertThat(ContentQuery.all().withKeywords("morning WINDOW").matches(reel))
                .isTrue();
        assertThat(ContentQuery.all().withKeywords("calm launch").matches(reel)).isTrue();
        assertThat(ContentQuery.all().withKeywords("morning sleep").matches(reel))
                .isFalse();
    }

    @Test
    void filtersNarrowByStatusTypePlatformAndAuthor() {
        assertThat(ContentQuery.all().withStatuses(Set.of(ContentStatus.DRAFT)).matches(reel))
                .isTrue();
        assertThat(ContentQuery.all()
                        .withStatuses(Set.of(ContentStatus.APPROVED))
                        .matches(reel))
                .isFalse();
        assertThat(ContentQuery.all()
                        .withContentTypes(Set.of(ContentType.THREAD))
                        .matches(reel))
                .isFalse();
        assertThat(ContentQuery.all()
                        .withPlatforms(Set.of(Platform.TWITTER, Platform.INSTAGRAM))
                        .matches(reel))
                .isTrue();
        assertThat(ContentQuery.all().byAuthor(REVIEWER.id()).matches(reel)).isFalse();
    }

    @Test
    void pagesCoverEveryItemOnceThroughTheCursor() {
        InMemoryContentLibrary library = new InMemoryContentLibrary();
        for (int i = 0; i < 23; i++) {
            library.save(ContentItem.draft(
                    ContentId.random(), EDITOR.id(), body().withTitle("Item " + i), T0.plusSeconds(i)));
        }
        List<ContentItem> seen = new ArrayList<>();
        Page<ContentItem> page = library.list(ContentQuery.all(), PageRequest.first(10));
        seen.addAll(page.items());
        while (page.hasNext()) {
            page = library.list(
                    ContentQuery.all(), PageRequest.first(10).after(page.next().orElseThrow()));
            seen.addAll(page.items());
        }
        assertThat(seen).hasSize(23).doesNotHaveDuplicates();
        assertThat(seen.getFirst().title()).isEqualTo("Item 22"); // most recently updated first
    }

    @Test
    void aSecondSaveOfTheSameVersionIsAConflict() {
        InMemoryContentLibrary library = new InMemoryContentLibrary();
        ContentItem draft = draft();
        assertThat(library.save(draft)).isEqualTo(new ContentSave.Saved(draft));
        assertThat(library.save(draft)).isEqualTo(new ContentSave.VersionConflict(draft.id(), 1, 1));
    }
}
