package com.eesystem.curator.ui.library;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library listing: a query (keywords, type, status) and the rows loaded so far. Rows come from
 * {@link ContentLibrary#list} a page at a time, off the FX thread; the table asks for the next page
 * when it scrolls to the end, so 100k items never sit in memory at once. An answer to an older query
 * is dropped.
 */
public final class LibraryViewModel {

    private static final Logger log = LoggerFactory.getLogger(LibraryViewModel.class);
    static final int PAGE_SIZE = 200;

    private final ContentLibrary library;
    private final Executor background;

    private final StringProperty keywords = new SimpleStringProperty(this, "keywords", "");
    private final ObjectProperty<ContentType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");
    private final ObjectProperty<ContentStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ReadOnlyListWrapper<ContentItem> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper libraryEmpty = new ReadOnlyBooleanWrapper(this, "libraryEmpty", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    private long queries;
    private Optional<String> nextCursor = Optional.empty();

    public LibraryViewModel(ContentLibrary library, Executor background) {
        this.library = library;
        this.background = background;
    }

    public StringProperty keywordsProperty() {
        return keywords;
    }

    /** Only this content type; null for every type. */
    public ObjectProperty<ContentType> typeFilterProperty() {
        return typeFilter;
    }

    /** Only this status; null for every status. */
    public ObjectProperty<ContentStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyListProperty<ContentItem> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "12 items", "3 of 12 items match". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The library holds nothing at all (not just nothing matching): the empty state shows. */
    public ReadOnlyBooleanProperty libraryEmptyProperty() {
        return libraryEmpty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ContentQuery query() {
        ContentQuery query = ContentQuery.all().withKeywords(keywords.get());
        if (typeFilter.get() != null) {
            query = query.withContentTypes(Set.of(typeFilter.get()));
        }
        if (statusFilter.get() != null) {
            query = query.withStatuses(Set.of(statusFilter.get()));
        }
        return query;
    }

    /** Loads the first page of the current query (and the counts) again. */
    public void refresh() {
        long query = ++queries;
        ContentQuery current = query();
        loading.set(true);
        Task<Listing> task = new Task<>() {
            @Override
            protected Listing call() {
                Page<ContentItem> first = library.list(current, PageRequest.first(PAGE_SIZE));
                long matching = library.count(current);
                long total = current.equals(ContentQuery.all()) ? matching : library.count(ContentQuery.all());
                return new Listing(first, matching, total);
            }
        };
        task.setOnSucceeded(event -> {
            if (query != queries) {
                return;
            }
            loading.set(false);
            Listing listing = task.getValue();
            rows.setAll(listing.first().items());
            nextCursor = listing.first().next();
            libraryEmpty.set(listing.total() == 0);
            summary.set(summaryText(listing.matching(), listing.total()));
        });
        task.setOnFailed(event -> {
            loading.set(false);
            log.warn("Could not list the library", task.getException());
            summary.set("Could not read the library: " + task.getException().getMessage());
        });
        background.execute(task);
    }

    /** Appends the next page when there is one and none is loading. */
    public void loadMore() {
        if (nextCursor.isEmpty() || loading.get()) {
            return;
        }
        long query = queries;
        ContentQuery current = query();
        PageRequest request = PageRequest.first(PAGE_SIZE).after(nextCursor.get());
        loading.set(true);
        Task<Page<ContentItem>> task = new Task<>() {
            @Override
            protected Page<ContentItem> call() {
                return library.list(current, request);
            }
        };
        task.setOnSucceeded(event -> {
            loading.set(false);
            if (query == queries) {
                rows.addAll(task.getValue().items());
                nextCursor = task.getValue().next();
            }
        });
        task.setOnFailed(event -> {
            loading.set(false);
            log.warn("Could not list the next library page", task.getException());
        });
        background.execute(task);
    }

    static String summaryText(long matching, long total) {
        String items = String.format("%,d %s", total, total == 1 ? "item" : "items");
        return matching == total ? items : String.format("%,d of %s match", matching, items);
    }

    private record Listing(Page<ContentItem> first, long matching, long total) {}
}
