package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A filtered library listing: empty sets mean "any". {@code keywords} matches items containing every word
 * (case-insensitive) in the title, description, caption, script or hashtags. {@link #matches} is the
 * reference meaning; adapters that filter in the store must agree with it.
 */
public record ContentQuery(
        Set<ContentStatus> statuses,
        Set<ContentType> contentTypes,
        Set<Platform> platforms,
        Optional<UserId> author,
        String keywords,
        ContentOrder order) {

    public ContentQuery {
        statuses = copy(statuses, ContentStatus.class);
        contentTypes = copy(contentTypes, ContentType.class);
        platforms = copy(platforms, Platform.class);
        author = author == null ? Optional.empty() : author;
        keywords = Invariants.text(keywords).strip();
        order = order == null ? ContentOrder.RECENTLY_UPDATED : order;
    }

    public static ContentQuery all() {
        return new ContentQuery(Set.of(), Set.of(), Set.of(), Optional.empty(), "", ContentOrder.RECENTLY_UPDATED);
    }

    public ContentQuery withStatuses(Set<ContentStatus> newStatuses) {
        return new ContentQuery(newStatuses, contentTypes, platforms, author, keywords, order);
    }

    public ContentQuery withContentTypes(Set<ContentType> newTypes) {
        return new ContentQuery(statuses, newTypes, platforms, author, keywords, order);
    }

    public ContentQuery withPlatforms(Set<Platform> newPlatforms) {
        return new ContentQuery(statuses, contentTypes, newPlatforms, author, keywords, order);
    }

    public ContentQuery byAuthor(UserId newAuthor) {
        return new ContentQuery(statuses, contentTypes, platforms, Optional.of(newAuthor), keywords, order);
    }

    public ContentQuery withKeywords(String newKeywords) {
        return new ContentQuery(statuses, contentTypes, platforms, author, newKeywords, order);
    }

    public ContentQuery orderedBy(ContentOrder newOrder) {
        return new ContentQuery(statuses, contentTypes, platforms, author, keywords, newOrder);
    }

    /** The lower-cased words of {@link #keywords}. */
    public List<String> keywordList() {
        return keywords.isEmpty()
                ? List.of()
                : Arrays.stream(keywords.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }

    public boolean matches(ContentItem item) {
        if (!statuses.isEmpty() && !statuses.contains(item.status())) {
            return false;
        }
        if (!contentTypes.isEmpty() && !contentTypes.contains(item.body().contentType())) {
            return false;
        }
        if (!platforms.isEmpty() && item.body().platforms().stream().noneMatch(platforms::contains)) {
            return false;
        }
        if (author.isPresent() && !author.get().equals(item.authorId())) {
            return false;
        }
        List<String> words = keywordList();
        if (words.isEmpty()) {
            return true;
        }
        ContentBody body = item.body();
        String haystack = String.join(
                        "\n",
                        body.title(),
                        body.description(),
                        body.caption(),
                        body.scriptContent(),
                        String.join(" ", body.hashtags()))
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Invariants.listOf(type.getSimpleName(), values);
        return Set.copyOf(EnumSet.copyOf(values));
    }
}
