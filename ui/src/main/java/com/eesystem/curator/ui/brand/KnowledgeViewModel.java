package com.eesystem.curator.ui.brand;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.BrandKnowledgeBase;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeMatch;
import com.eesystem.curator.domain.paging.PageRequest;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active brand knowledge (voice notes, facts, approved claims): all of it, or what a keyword search
 * finds, best first. Reads run on the background executor; the answer of an older search is dropped.
 */
final class KnowledgeViewModel {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeViewModel.class);
    static final int LIMIT = 200;

    private final BrandKnowledgeBase knowledge;
    private final Executor background;
    private final StringProperty keywords = new SimpleStringProperty(this, "keywords", "");
    private final ReadOnlyListWrapper<BrandKnowledge> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long generation;

    KnowledgeViewModel(BrandKnowledgeBase knowledge, Executor background) {
        this.knowledge = knowledge;
        this.background = background;
    }

    StringProperty keywordsProperty() {
        return keywords;
    }

    ReadOnlyListProperty<BrandKnowledge> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "7 entries", "2 entries match", or why the read failed. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Lists the knowledge again for the current keywords (all active entries when there are none). */
    void refresh() {
        long current = ++generation;
        String words = keywords.get().strip();
        Task<List<BrandKnowledge>> task = new Task<>() {
            @Override
            protected List<BrandKnowledge> call() {
                KnowledgeFilter active = KnowledgeFilter.activeOnly();
                return words.isEmpty()
                        ? knowledge.list(active, PageRequest.first(LIMIT)).items()
                        : knowledge.search(words, active, LIMIT).stream()
                                .map(KnowledgeMatch::knowledge)
                                .toList();
            }
        };
        task.setOnSucceeded(event -> {
            if (current == generation) {
                rows.setAll(task.getValue());
                int count = task.getValue().size();
                message.set(count + (count == 1 ? " entry" : " entries") + (words.isEmpty() ? "" : " match"));
            }
        });
        task.setOnFailed(event -> {
            if (current == generation) {
                log.warn("Could not read the brand knowledge", task.getException());
                message.set("Could not read the brand knowledge: "
                        + task.getException().getMessage());
            }
        });
        try {
            background.execute(task);
        } catch (RejectedExecutionException closing) {
            log.info("Not started, Curator is closing: {}", closing.toString());
        }
    }
}
