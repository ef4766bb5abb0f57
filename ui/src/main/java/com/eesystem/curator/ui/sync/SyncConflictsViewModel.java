package com.eesystem.curator.ui.sync;

import com.eesystem.curator.domain.sync.ConflictChoice;
import com.eesystem.curator.domain.sync.ConflictResolution;
import com.eesystem.curator.domain.sync.RejectedChange;
import com.eesystem.curator.domain.sync.SyncConflict;
import com.eesystem.curator.domain.sync.SyncConflicts;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conflicts list and the choice for the selected one. Store calls run on the background executor;
 * results come back on the FX thread.
 */
public final class SyncConflictsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncConflictsViewModel.class);

    private final SyncConflicts conflicts;
    private final Executor background;
    private final ObservableList<SyncConflict> open = FXCollections.observableArrayList();
    private final ObservableList<RejectedChange> rejected = FXCollections.observableArrayList();
    private final ObjectProperty<SyncConflict> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SyncConflictsViewModel(SyncConflicts conflicts, Executor background) {
        this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
        this.background = Objects.requireNonNull(background, "background");
    }

    public ObservableList<SyncConflict> openConflicts() {
        return open;
    }

    /** Pulled review records that did not verify and were not applied, newest first. */
    public ObservableList<RejectedChange> rejectedChanges() {
        return rejected;
    }

    public ObjectProperty<SyncConflict> selectedProperty() {
        return selected;
    }

    /** What the last action did, in plain words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void refresh() {
        background.execute(() -> {
            try {
                List<SyncConflict> found = conflicts.open();
                List<RejectedChange> notApplied = conflicts.rejected();
                Platform.runLater(() -> {
                    show(found);
                    rejected.setAll(notApplied);
                });
            } catch (RuntimeException e) {
                LOG.warn("reading sync conflicts failed", e);
                Platform.runLater(() -> message.set("Could not read the conflicts: " + e.getMessage()));
            }
        });
    }

    /** Resolves the selected conflict; nothing happens without a selection. */
    public void choose(ConflictChoice choice) {
        SyncConflict conflict = selected.get();
        if (conflict == null) {
            return;
        }
        background.execute(() -> {
            try {
                ConflictResolution result = conflicts.resolve(conflict, choice);
                List<SyncConflict> found = conflicts.open();
                Platform.runLater(() -> {
                    message.set(describe(result));
                    show(found);
                });
            } catch (RuntimeException e) {
                LOG.warn("resolving a sync conflict failed", e);
                Platform.runLater(() -> message.set("Could not resolve the conflict: " + e.getMessage()));
            }
        });
    }

    private void show(List<SyncConflict> found) {
        SyncConflict was = selected.get();
        open.setAll(found);
        selected.set(found.contains(was) ? was : found.isEmpty() ? null : found.getFirst());
    }

    static String describe(ConflictResolution result) {
        return switch (result) {
            case ConflictResolution.Resolved resolved ->
                "Kept the chosen " + resolved.conflict().fieldLabel() + " of \""
                        + resolved.conflict().itemTitle() + "\"; it syncs like any edit.";
            case ConflictResolution.AlreadyClosed closed -> "That conflict was already resolved; nothing changed.";
            case ConflictResolution.ItemChanged changed ->
                "\"" + changed.conflict().itemTitle() + "\" changed meanwhile; look at the new text and choose again.";
        };
    }
}
