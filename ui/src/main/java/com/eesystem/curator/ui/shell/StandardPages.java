package com.eesystem.curator.ui.shell;

import com.eesystem.curator.ui.brand.BrandLibraryPage;
import com.eesystem.curator.ui.calendar.CalendarPage;
import com.eesystem.curator.ui.library.LibraryPage;
import com.eesystem.curator.ui.page.PageFactory;
import com.eesystem.curator.ui.review.ReviewPage;
import com.eesystem.curator.ui.settings.SettingsPage;
import com.eesystem.curator.ui.templates.TemplatesPage;
import java.util.List;

/** The pages every Curator window has, in navigation order. */
final class StandardPages {
    private StandardPages() {}

    static final List<PageFactory> ALL = List.of(
            LibraryPage::new,
            CalendarPage::new,
            TemplatesPage::new,
            ReviewPage::new,
            BrandLibraryPage::new,
            SettingsPage::new);
}
