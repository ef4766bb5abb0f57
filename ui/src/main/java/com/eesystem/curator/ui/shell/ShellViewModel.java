package com.eesystem.curator.ui.shell;

import com.eesystem.curator.domain.session.UserPreferences;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which page the window shows; the last one is remembered so Curator reopens where the user left. */
final class ShellViewModel {

    static final String LAST_PAGE_KEY = "ui.shell.page";
    private static final Logger log = LoggerFactory.getLogger(ShellViewModel.class);

    private final List<String> pageIds;
    private final UserPreferences preferences;
    private final String userId;
    private final Executor background;
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", 0);

    ShellViewModel(
            List<String> pageIds,
            UserPreferences preferences,
            String userId,
            Executor background,
            Map<String, String> remembered) {
        ShellDependencies.requireDistinctIds(pageIds);
        this.pageIds = List.copyOf(pageIds);
        this.preferences = preferences;
        this.userId = userId;
        this.background = background;
        // from the preferences read before the window opened: no I/O on the FX thread
        Optional.ofNullable(remembered.get(LAST_PAGE_KEY))
                .map(this.pageIds::indexOf)
                .filter(index -> index >= 0)
                .ifPresent(selected::set);
    }

    ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    String selectedId() {
        return pageIds.get(selected.get());
    }

    void select(int index) {
        if (index < 0 || index >= pageIds.size()) {
            throw new IllegalArgumentException("page index: " + index + " is not in 0.." + (pageIds.size() - 1));
        }
        if (index == selected.get()) {
            return;
        }
        selected.set(index);
        String id = pageIds.get(index);
        background.execute(() -> {
            try {
                preferences.put(userId, LAST_PAGE_KEY, id);
            } catch (RuntimeException e) {
                log.warn("Could not remember the last page {}: {}", id, e.toString());
            }
        });
    }
}
