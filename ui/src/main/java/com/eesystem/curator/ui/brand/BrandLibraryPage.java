package com.eesystem.curator.ui.brand;

import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * Brand guidelines and brand knowledge. With {@link BrandLibraryServices} the Guidelines tab lists the
 * brand_guidelines rows and lets an admin add and edit them (requirements, restrictions, examples,
 * severity, platforms); a save re-checks the drafts checked under the old rules. The Knowledge tab lists
 * the active brand_knowledge entries (voice notes, facts, approved claims) with a keyword search. Without services (no
 * store wired) it shows the empty state.
 */
public final class BrandLibraryPage implements Page {

    static final String EMPTY_HEADLINE = "The brand library is empty";

    private final PageFrame view;

    public BrandLibraryPage(PageContext context) {
        this(context, null);
    }

    public BrandLibraryPage(PageContext context, BrandLibraryServices services) {
        EmptyState empty = new EmptyState(
                "◆",
                EMPTY_HEADLINE,
                "Brand guidelines — voice and tone, visual rules, compliance rules, platform"
                        + " rules — are what every draft is checked against.",
                services != null && services.canManage()
                        ? "Add the first one with the form on the right: drafts are checked against it."
                        : "Start with the brand voice and the approved claims: drafts are checked against them.");
        EmptyState noKnowledge = new EmptyState(
                "◇",
                "No brand knowledge yet",
                "Product facts, research, testimonials and approved claims, found by meaning"
                        + " (semantic search) when you write.",
                "Add the facts your posts rely on, each with its source.");
        Node guidelines;
        Node knowledge;
        if (services == null) {
            guidelines = empty;
            knowledge = noKnowledge;
        } else {
            GuidelinesViewModel model = new GuidelinesViewModel(services, context.background());
            guidelines = new GuidelinesView(model, empty);
            model.refresh();
            KnowledgeViewModel entries = new KnowledgeViewModel(services.knowledge(), context.background());
            knowledge = new KnowledgeView(entries, noKnowledge);
            entries.refresh();
        }
        TabPane tabs = new TabPane(tab("Guidelines", guidelines), tab("Knowledge", knowledge));
        tabs.setId("brand-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.view = new PageFrame(id(), title(), "What Curator knows about the brand, and the rules it checks.", tabs);
    }

    private static Tab tab(String name, Node content) {
        // centred in the tab: the empty state keeps a readable width instead of stretching
        Tab tab = new Tab(name, new StackPane(content));
        tab.setClosable(false);
        return tab;
    }

    @Override
    public String id() {
        return "brand";
    }

    @Override
    public String title() {
        return "Brand library";
    }

    @Override
    public Node view() {
        return view;
    }
}
