package com.eesystem.curator.ui.review;

import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.paging.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue: items in review, critical findings first, then the longest waiting. The findings
 * are the engine's on each item's current caption (items reach review only when no critical check
 * failed, unless a reviewer overrode it, so most read "none"). Read-only in this slice: decisions need
 * the local review decisions store, which does not exist yet.
 */
public final class ReviewQueueViewModel {

    private static final Logger log = LoggerFactory.getLogger(ReviewQueueViewModel.class);

    /** One queued item and what the engine finds in its caption now. */
    public record Queued(ContentItem item, List<ComplianceIssue> issues) {
        public Queued {
            issues = List.copyOf(issues);
        }

        public boolean critical() {
            return issues.stream().anyMatch(ComplianceIssue::critical);
        }
    }

    private final ContentLibrary library;
    private final ComplianceEngine engine;
    private final Executor background;
    private final ReadOnlyListWrapper<Queued> queue =
            new ReadOnlyListWrapper<>(this, "queue", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Queued> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public ReviewQueueViewModel(ContentLibrary library, ComplianceEngine engine, Executor background) {
        this.library = library;
        this.engine = engine;
        this.background = background;
    }

    public ReadOnlyListProperty<Queued> queueProperty() {
        return queue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Queued> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public void select(Queued item) {
        selected.set(item);
    }

    /** Reads the items in review (up to one page of 500) and checks their captions, off the FX thread. */
    public void refresh() {
        Task<List<Queued>> task = new Task<>() {
            @Override
            protected List<Queued> call() {
                List<ContentItem> inReview = library.list(
                                ContentQuery.all().withStatuses(Set.of(ContentStatus.IN_REVIEW)),
                                PageRequest.first(PageRequest.MAX_SIZE))
                        .items();
                return inReview.stream()
                        .map(item -> new Queued(
                                item,
                                engine.check(new DraftToCheck(
                                                item.body().caption(),
                                                Set.copyOf(item.body().platforms()),
                                                Set.of(),
                                                Set.of()))
                                        .issues()))
                        .sorted(order())
                        .toList();
            }
        };
        task.setOnSucceeded(event -> {
            queue.setAll(task.getValue());
            if (selected.get() != null) {
                ContentItem was = selected.get().item();
                selected.set(queue.stream()
                        .filter(q -> q.item().id().equals(was.id()))
                        .findFirst()
                        .orElse(null));
            }
        });
        task.setOnFailed(event -> log.warn("Could not read the review queue", task.getException()));
        background.execute(task);
    }

    /** Critical findings first, then the longest waiting (last change longest ago). */
    static Comparator<Queued> order() {
        return Comparator.comparing((Queued queued) -> !queued.critical())
                .thenComparing(queued -> queued.item().updatedAt())
                .thenComparing(queued -> queued.item().id().value());
    }
}
