package com.eesystem.curator.ui.library;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.ui.editor.EditorServices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library table: a query (keywords, type, platform, status and compliance filters, a sort) and
 * its rows, read from the store a page at a time off the FX thread. {@link #rows()} is as long as the
 * whole result but holds only recently shown pages. A new query cancels the tasks of the one before and
 * their answers are dropped, so the latest query always wins. Bulk actions and the CSV export act on
 * the same query through the domain use cases.
 */
public final class LibraryViewModel {

    private static final Logger log = LoggerFactory.getLogger(LibraryViewModel.class);
    static final int PAGE_SIZE = 200;

    private final EditorServices services;
    private final ContentListing listing;
    private final Executor background;

    private final StringProperty keywords = new SimpleStringProperty(this, "keywords", "");
    private final ObservableSet<ContentType> types = FXCollections.observableSet(EnumSet.noneOf(ContentType.class));
    private final ObservableSet<Platform> platforms = FXCollections.observableSet(EnumSet.noneOf(Platform.class));
    private final ObservableSet<ContentStatus> statuses =
            FXCollections.observableSet(EnumSet.noneOf(ContentStatus.class));
    private final ObservableSet<ComplianceStatus> compliance =
            FXCollections.observableSet(EnumSet.noneOf(ComplianceStatus.class));
    private final ObjectProperty<ContentOrder> order =
            new SimpleObjectProperty<>(this, "order", ContentOrder.RECENTLY_UPDATED);
    private final BooleanProperty reversed = new SimpleBooleanProperty(this, "reversed");

    private final LibraryRows rows = new LibraryRows(PAGE_SIZE, this::loadPage);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper libraryEmpty = new ReadOnlyBooleanWrapper(this, "libraryEmpty", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private final ReadOnlyBooleanWrapper bulkRunning = new ReadOnlyBooleanWrapper(this, "bulkRunning");
    private final ReadOnlyStringWrapper bulkSummary = new ReadOnlyStringWrapper(this, "bulkSummary", "");
    private final ReadOnlyListWrapper<String> bulkRefusals =
            new ReadOnlyListWrapper<>(this, "bulkRefusals", FXCollections.observableArrayList());
    private final ReadOnlyDoubleWrapper bulkProgress = new ReadOnlyDoubleWrapper(this, "bulkProgress");
    private final ReadOnlyStringWrapper bulkMessage = new ReadOnlyStringWrapper(this, "bulkMessage", "");
    private AtomicBoolean bulkStop = new AtomicBoolean();

    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");

    /** The query the rows belong to, and which refresh brought them; page answers for others are dropped. */
    private ContentQuery shown = ContentQuery.all();

    private long shownGeneration;
    private long generation;
    private final List<Task<?>> running = new ArrayList<>();
    private CsvExport export;

    public LibraryViewModel(EditorServices services, Executor background) {
        this.services = services;
        this.listing = services.listing();
        this.background = background;
    }

    // ---- the query

    public StringProperty keywordsProperty() {
        return keywords;
    }

    /** Only these content types; empty for every type. */
    public ObservableSet<ContentType> types() {
        return types;
    }

    /** Only items for one of these platforms; empty for every platform. */
    public ObservableSet<Platform> platforms() {
        return platforms;
    }

    /** Only these statuses; empty for every status. */
    public ObservableSet<ContentStatus> statuses() {
        return statuses;
    }

    /** Only these compliance statuses; empty for every one. */
    public ObservableSet<ComplianceStatus> complianceStatuses() {
        return compliance;
    }

    public ObjectProperty<ContentOrder> orderProperty() {
        return order;
    }

    /** The order turned around (oldest first, Z to A). */
    public BooleanProperty reversedProperty() {
        return reversed;
    }

    // ---- what the table shows

    /** Every matching row, in order; null for a row whose page is still loading. */
    public ObservableList<ListedContent> rows() {
        return rows;
    }

    /** The row at {@code index} when it is loaded, without loading it. */
    public ListedContent loadedRow(int index) {
        return rows.loaded(index);
    }

    /** "12 items", "3 of 12 items match". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The library holds nothing at all (not just nothing matching): the empty state shows. */
    public ReadOnlyBooleanProperty libraryEmptyProperty() {
        return libraryEmpty.getReadOnlyProperty();
    }

    /** A query is running. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last query failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ContentQuery query() {
        return ContentQuery.all()
                .withKeywords(keywords.get())
                .withContentTypes(types)
                .withPlatforms(platforms)
                .withStatuses(statuses)
                .withComplianceStatuses(compliance)
                .orderedBy(order.get(), reversed.get());
    }

    /** Reads the current query's count and first page again; older queries still running are cancelled. */
    public void refresh() {
        long current = ++generation;
        cancelRunning();
        ContentQuery query = query();
        loading.set(true);
        Task<Listing> task = new Task<>() {
            @Override
            protected Listing call() {
                long matching = listing.count(query);
                List<ListedContent> first = listing.rows(query, 0, PAGE_SIZE);
                long total = query.equals(ContentQuery.all().orderedBy(query.order(), query.reversed()))
                        ? matching
                        : listing.count(ContentQuery.all());
                return new Listing(first, matching, total);
            }
        };
        task.setOnSucceeded(event -> {
            running.remove(task);
            if (current != generation) {
                return;
            }
            loading.set(false);
            error.set("");
            Listing answer = task.getValue();
            shown = query;
            shownGeneration = current;
            rows.reset((int) Math.min(Integer.MAX_VALUE, answer.matching()), answer.first());
            libraryEmpty.set(answer.total() == 0);
            summary.set(summaryText(answer.matching(), answer.total()));
        });
        task.setOnFailed(event -> {
            running.remove(task);
            if (current != generation) {
                return;
            }
            loading.set(false);
            log.warn("Could not list the library", task.getException());
            error.set("Could not read the library: " + task.getException().getMessage());
            summary.set(error.get());
        });
        start(task);
    }

    private void loadPage(int page) {
        // the rows on screen may still be an older query's while a newer one runs: ask for theirs
        long current = shownGeneration;
        ContentQuery query = shown;
        Task<List<ListedContent>> task = new Task<>() {
            @Override
            protected List<ListedContent> call() {
                return listing.rows(query, (long) page * PAGE_SIZE, PAGE_SIZE);
            }
        };
        task.setOnSucceeded(event -> {
            running.remove(task);
            if (current == shownGeneration) {
                rows.pageLoaded(page, task.getValue());
            }
        });
        task.setOnFailed(event -> {
            running.remove(task);
            log.warn("Could not read library page {}", page, task.getException());
        });
        start(task);
    }

    private void cancelRunning() {
        // a cancelled task that has not started never runs; one running finishes, and its answer is dropped
        for (Task<?> task : List.copyOf(running)) {
            task.cancel(false);
        }
        running.clear();
    }

    private void start(Task<?> task) {
        running.add(task);
        try {
            background.execute(task);
        } catch (RejectedExecutionException closing) {
            running.remove(task);
            log.info("Not started, Curator is closing: {}", closing.toString());
        }
    }

    static String summaryText(long matching, long total) {
        String items = String.format("%,d %s", total, total == 1 ? "item" : "items");
        return matching == total ? items : String.format("%,d of %s match", matching, items);
    }

    private record Listing(List<ListedContent> first, long matching, long total) {}

    // ---- bulk actions

    /** Whether this user may archive, so the library offers bulk Archive. */
    public boolean canArchive() {
        return services.allows(Permission.ARCHIVE);
    }

    /** A bulk action is running. */
    public ReadOnlyBooleanProperty bulkRunningProperty() {
        return bulkRunning.getReadOnlyProperty();
    }

    /** What the last bulk action did: "3 submitted, 1 refused: 'Title' has …". */
    public ReadOnlyStringProperty bulkSummaryProperty() {
        return bulkSummary.getReadOnlyProperty();
    }

    /** Each refused item of the last bulk action with its reason. */
    public ReadOnlyListProperty<String> bulkRefusalsProperty() {
        return bulkRefusals.getReadOnlyProperty();
    }

    /** 0..1 while a bulk action runs: the share of the selected items handled. */
    public ReadOnlyDoubleProperty bulkProgressProperty() {
        return bulkProgress.getReadOnlyProperty();
    }

    /** "Submitting 3 of 40…" while a bulk action runs. */
    public ReadOnlyStringProperty bulkMessageProperty() {
        return bulkMessage.getReadOnlyProperty();
    }

    /**
     * Runs {@code action} on the rows at {@code indices} of the current result off the FX thread, item
     * by item, then reads the table again. {@link #cancelBulk()} stops it before the next item.
     */
    public void bulk(BulkAction action, List<Integer> indices) {
        if (bulkRunning.get() || indices.isEmpty()) {
            return;
        }
        ContentQuery query = shown;
        List<Integer> targets = List.copyOf(indices);
        List<ListedContent> known = targets.stream().map(rows::loaded).toList();
        AtomicBoolean stop = new AtomicBoolean();
        bulkStop = stop;
        bulkRunning.set(true);
        bulkProgress.set(0);
        bulkMessage.set(action.running() + " 0 of " + targets.size() + "…");
        // the task itself is never cancelled: it returns what it did up to the stop, and that is reported
        Task<BulkResult> task = new Task<>() {
            @Override
            protected BulkResult call() {
                return new BulkRun(services, listing, PAGE_SIZE)
                        .run(action, query, targets, known, new BulkRun.Progress() {
                            @Override
                            public void handled(int handled, int total) {
                                updateProgress(handled, total);
                                updateMessage(action.running() + " " + handled + " of " + total + "…");
                            }

                            @Override
                            public boolean cancelled() {
                                return stop.get();
                            }
                        });
            }
        };
        task.progressProperty().addListener((o, was, now) -> bulkProgress.set(Math.max(0, now.doubleValue())));
        task.messageProperty().addListener((o, was, now) -> bulkMessage.set(now));
        task.setOnSucceeded(event -> {
            bulkRunning.set(false);
            BulkResult result = task.getValue();
            bulkSummary.set(result.summary());
            bulkRefusals.setAll(result.refusals());
            refresh();
        });
        task.setOnFailed(event -> {
            bulkRunning.set(false);
            log.warn("Bulk {} failed", action, task.getException());
            bulkSummary.set("Stopped: " + task.getException().getMessage());
            refresh();
        });
        try {
            background.execute(task);
        } catch (RejectedExecutionException closing) {
            bulkRunning.set(false);
        }
    }

    /** Stops a running bulk action before its next item; the items already handled stay as they are. */
    public void cancelBulk() {
        if (bulkRunning.get()) {
            bulkStop.set(true);
            bulkMessage.set("Cancelling…");
        }
    }

    // ---- CSV export

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** 0..1 while an export runs. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    /** "Exported 1,204 rows to library.csv", "Export cancelled", … */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    /**
     * Writes every row of the current view (all matching rows, in the table's order, not only those
     * loaded) to {@code target} as CSV, off the FX thread. The file appears only when complete; a cancel
     * or a failure leaves an existing file as it was.
     */
    public void exportCsv(Path target) {
        if (exporting.get()) {
            return;
        }
        CsvExport task = new CsvExport(listing, shown, target);
        export = task;
        exporting.set(true);
        exportProgress.set(0);
        exportMessage.set("Exporting to " + target.getFileName() + "…");
        task.progressProperty().addListener((o, was, now) -> exportProgress.set(Math.max(0, now.doubleValue())));
        task.setOnSucceeded(event -> {
            exporting.set(false);
            exportProgress.set(1);
            exportMessage.set(String.format("Exported %,d rows to %s", task.getValue(), target.getFileName()));
        });
        task.setOnCancelled(event -> {
            exporting.set(false);
            exportMessage.set("Export cancelled; nothing was written");
        });
        task.setOnFailed(event -> {
            exporting.set(false);
            log.warn("Export to {} failed", target, task.getException());
            exportMessage.set("Export failed: " + task.getException().getMessage());
        });
        try {
            background.execute(task);
        } catch (RejectedExecutionException closing) {
            exporting.set(false);
        }
    }

    /** Stops a running export; the target file is left as it was. */
    public void cancelExport() {
        if (export != null && exporting.get()) {
            export.cancel(false);
        }
    }
}
