package com.eesystem.curator.ui.review;

import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import javafx.scene.Node;
import javafx.scene.control.ListView;

/**
 * The review desk's queue: items waiting for a compliance decision, critical first, then oldest
 * first. The queue fills once the review capability is wired in; until then it explains itself.
 */
public final class ReviewPage implements Page {

    static final String EMPTY_HEADLINE = "Nothing waits for review";

    private final PageFrame view;

    public ReviewPage(PageContext context) {
        ListView<Object> queue = new ListView<>();
        queue.setId("review-queue");
        queue.setPlaceholder(new EmptyState(
                "✓",
                EMPTY_HEADLINE,
                "Drafts submitted for compliance review line up here — items with critical findings"
                        + " first, then the oldest — with their highlighted issues, check history and comments.",
                "Submit a draft for review from the editor to start the first review round."));
        this.view = new PageFrame(
                id(),
                title(),
                "Approve, reject or request changes; every decision is kept offline until it syncs.",
                queue);
    }

    @Override
    public String id() {
        return "review";
    }

    @Override
    public String title() {
        return "Review";
    }

    @Override
    public Node view() {
        return view;
    }
}
