package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A filtered library listing: empty sets mean "any". {@code keywords} matches items in which every word
 * typed starts a word (case- and accent-insensitive) of the title, description, caption, script or
 * hashtags, the way the store's full-text index matches prefixes. {@link #matches} is the reference
 * meaning; adapters that filter in the store must agree with it.
 *
 * @param complianceStatuses only rows whose compliance status is one of these; an item alone does not
 *     know it, so {@link #matches(ContentItem)} ignores it and {@link #matches(ListedContent)} applies it
 * @param reversed the order turned around (oldest first, Z to A)
 */
public record ContentQuery(
        Set<ContentStatus> statuses,
        Set<ContentType> contentTypes,
        Set<Platform> platforms,
        Set<ComplianceStatus> complianceStatuses,
        Optional<UserId> author,
        String keywords,
        ContentOrder order,
        boolean reversed) {

    public ContentQuery {
        statuses = copy(statuses, ContentStatus.class);
        contentTypes = copy(contentTypes, ContentType.class);
        platforms = copy(platforms, Platform.class);
        complianceStatuses = copy(complianceStatuses, ComplianceStatus.class);
        author = author == null ? Optional.empty() : author;
        keywords = Invariants.text(keywords).strip();
        order = order == null ? ContentOrder.RECENTLY_UPDATED : order;
    }

    public static ContentQuery all() {
        return new ContentQuery(
                Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), "", ContentOrder.RECENTLY_UPDATED, false);
    }

    public ContentQuery withStatuses(Set<ContentStatus> newStatuses) {
        return new ContentQuery(
                newStatuses, contentTypes, platforms, complianceStatuses, author, keywords, order, reversed);
    }

    public ContentQuery withContentTypes(Set<ContentType> newTypes) {
        return new ContentQuery(statuses, newTypes, platforms, complianceStatuses, author, keywords, order, reversed);
    }

    public ContentQuery withPlatforms(Set<Platform> newPlatforms) {
        return new ContentQuery(
                statuses, contentTypes, newPlatforms, complianceStatuses, author, keywords, order, reversed);
    }

    public ContentQuery withComplianceStatuses(Set<ComplianceStatus> newStatuses) {
        return new ContentQuery(statuses, contentTypes, platforms, newStatuses, author, keywords, order, reversed);
    }

    public ContentQuery byAuthor(UserId newAuthor) {
        return new ContentQuery(
                statuses,
                contentTypes,
                platforms,
                complianceStatuses,
                Optional.of(newAuthor),
                keywords,
                order,
                reversed);
    }

    public ContentQuery withKeywords(String newKeywords) {
        return new ContentQuery(
                statuses, contentTypes, platforms, complianceStatuses, author, newKeywords, order, reversed);
    }

    public ContentQuery orderedBy(ContentOrder newOrder) {
        return new ContentQuery(
                statuses, contentTypes, platforms, complianceStatuses, author, keywords, newOrder, false);
    }

    /** Sorted by {@code newOrder}, turned around when {@code reverse}. */
    public ContentQuery orderedBy(ContentOrder newOrder, boolean reverse) {
        return new ContentQuery(
                statuses, contentTypes, platforms, complianceStatuses, author, keywords, newOrder, reverse);
    }

    /** The lower-cased words of {@link #keywords}. */
    public List<String> keywordList() {
        return keywords.isEmpty()
                ? List.of()
                : Arrays.stream(keywords.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }

    /**
     * The words of {@link #keywords} as a full-text index sees them: lower-cased, accents removed, split
     * at anything but letters and digits. An item matches when each starts one of its words.
     */
    public List<String> searchWords() {
        return words(keywords);
    }

    /** Whether {@code row} matches every filter, its compliance status included. */
    public boolean matches(ListedContent row) {
        return (complianceStatuses.isEmpty() || complianceStatuses.contains(row.compliance())) && matches(row.item());
    }

    /** Whether {@code item} matches every filter but the compliance status (see {@link #complianceStatuses}). */
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
        if (keywords.isEmpty()) {
            return true;
        }
        ContentBody body = item.body();
        List<String> haystack = words(String.join(
                "\n",
                body.title(),
                body.description(),
                body.caption(),
                body.scriptContent(),
                String.join(" ", body.hashtags())));
        return searchWords().stream()
                .allMatch(word -> haystack.stream().anyMatch(candidate -> candidate.startsWith(word)));
    }

    /** Lower-cased words without accents, split at anything but letters and digits (as FTS5's unicode61). */
    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Invariants.listOf(type.getSimpleName(), values);
        return Set.copyOf(EnumSet.copyOf(values));
    }
}
