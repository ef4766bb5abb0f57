package com.eesystem.curator.ui.templates;

import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** Reusable starting points per content type and platform; filled by the templates capability. */
public final class TemplatesPage implements Page {

    static final String EMPTY_HEADLINE = "No templates yet";

    private final PageFrame view;

    public TemplatesPage(PageContext context) {
        StackPane content = new StackPane(new EmptyState(
                "▤",
                EMPTY_HEADLINE,
                "Templates are reusable starting points for each content type and platform: the"
                        + " structure of a reel script, hooks, caption skeletons and hashtag sets.",
                "Write one strong post first — a template is a draft worth repeating."));
        StackPane.setAlignment(content.getChildren().getFirst(), Pos.CENTER);
        this.view = new PageFrame(
                id(), title(), "Reusable structures that keep every post on brand and on format.", content);
    }

    @Override
    public String id() {
        return "templates";
    }

    @Override
    public String title() {
        return "Templates";
    }

    @Override
    public Node view() {
        return view;
    }
}
