package com.eesystem.curator.ui.page;

/** Builds a page on the FX thread from what the shell shares with every page. */
@FunctionalInterface
public interface PageFactory {

    Page create(PageContext context);
}
