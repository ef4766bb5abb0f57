package com.eesystem.curator.ui.library;

import com.eesystem.curator.domain.content.ArchiveContent;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.ui.editor.EditorServices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One bulk action, run on a background thread: rows not in the table's memory are read from the store
 * by page, then each item goes through the same use case the editor uses, so every rule (permissions,
 * lifecycle, compliance gate, versions) is enforced per item and a refusal of one never stops the rest.
 * A cancel is looked at before each item: what was done stays done, the rest is left as it was.
 */
final class BulkRun {

    private final EditorServices services;
    private final ContentListing listing;
    private final int pageSize;

    BulkRun(EditorServices services, ContentListing listing, int pageSize) {
        this.services = services;
        this.listing = listing;
        this.pageSize = pageSize;
    }

    /** Told after each item on the worker thread; asked before each item whether to stop. */
    interface Progress {
        void handled(int handled, int total);

        boolean cancelled();
    }

    /** @param known the rows at {@code indices} the table had loaded (null where it had not) */
    BulkResult run(
            BulkAction action,
            ContentQuery query,
            List<Integer> indices,
            List<ListedContent> known,
            Progress progress) {
        Map<Integer, List<ListedContent>> pages = new HashMap<>();
        int done = 0;
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            if (progress.cancelled()) {
                return new BulkResult(action, done, refusals, indices.size() - i);
            }
            progress.handled(i, indices.size());
            ListedContent row = known.get(i);
            if (row == null) {
                int index = indices.get(i);
                List<ListedContent> page = pages.computeIfAbsent(
                        index / pageSize, number -> listing.rows(query, (long) number * pageSize, pageSize));
                int within = index % pageSize;
                if (within >= page.size()) {
                    continue; // the result shrank meanwhile; nothing left at that position
                }
                row = page.get(within);
            }
            ContentItem item = row.item();
            Outcome<?> outcome = switch (action) {
                case SUBMIT ->
                    services.submitForReview()
                            .submit(new SubmitForReview.Command(services.user(), item.id(), item.version(), List.of()));
                case ARCHIVE ->
                    services.archiveContent()
                            .archive(new ArchiveContent.Command(services.user(), item.id(), item.version()));
            };
            switch (outcome) {
                case Outcome.Done<?> ignored -> done++;
                case Outcome.Refused<?> refused ->
                    refusals.add("'" + item.title() + "' "
                            + refused.reasons().stream().map(BulkRun::plain).collect(Collectors.joining("; ")));
                case Outcome.Conflict<?> conflict ->
                    refusals.add("'" + item.title() + "' was changed meanwhile (" + conflict.message() + ")");
            }
        }
        progress.handled(indices.size(), indices.size());
        return new BulkResult(action, done, refusals);
    }

    /** A refusal in the words of the summary line. */
    static String plain(Refusal refusal) {
        return switch (refusal) {
            case ContentRefusal.CheckNotPassed failed ->
                "failed the " + words(failed.checkType().storedValue()) + " check ("
                        + failed.severity().storedValue() + ")";
            default -> refusal.message();
        };
    }

    private static String words(String stored) {
        return stored.replace('_', ' ');
    }
}
