package com.eesystem.curator.ui.demo;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.ui.page.Page;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A page with the demo marker above it: "You are looking at the demo workspace" while the first start's
 * demo is in the local store. Whether it is there is read off the FX thread when the page is built and
 * each time it is shown (so the marker goes once the demo was cleared in Settings).
 */
public final class DemoBannerPage implements Page {

    static final String TEXT = "Demo · You are looking at the demo workspace — clear it in Settings → Demo workspace.";

    private final Page page;
    private final BooleanSupplier demoPresent;
    private final Executor background;
    private final Label banner = new Label(TEXT);
    private final VBox view;

    /**
     * @param demoPresent whether the demo is in the local store; blocks, called on {@code background}
     */
    public DemoBannerPage(Page page, BooleanSupplier demoPresent, Executor background) {
        this.page = Objects.requireNonNull(page, "page");
        this.demoPresent = Objects.requireNonNull(demoPresent, "demoPresent");
        this.background = Objects.requireNonNull(background, "background");
        banner.setId("demo-banner");
        banner.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.setManaged(false);
        Node inner = page.view();
        VBox.setVgrow(inner, Priority.ALWAYS);
        this.view = new VBox(4, banner, inner);
        refresh();
    }

    private void refresh() {
        Task<Boolean> read = new Task<>() {
            @Override
            protected Boolean call() {
                return demoPresent.getAsBoolean();
            }
        };
        read.setOnSucceeded(event -> {
            banner.setVisible(read.getValue());
            banner.setManaged(read.getValue());
        });
        background.execute(read);
    }

    @Override
    public String id() {
        return page.id();
    }

    @Override
    public String title() {
        return page.title();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        refresh();
        page.shown();
    }

    @Override
    public List<Menu> menus() {
        return page.menus();
    }

    @Override
    public boolean offersNewDraft() {
        return page.offersNewDraft();
    }

    @Override
    public void startNewDraft() {
        page.startNewDraft();
    }
}
