package com.eesystem.curator.ui.editor;

import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.platform.PostContent;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.user.Permission;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The draft editor's state: the fields the author types into, the counters per target platform, the
 * compliance issues of the current caption and the save state. Saves go through {@link CreateDraft} /
 * {@link EditDraft} and submission through {@link SubmitForReview}, each as a {@link Task} on the
 * background executor; the view decides when (debounce, autosave timer, focus loss) and calls the
 * commands. Everything here is called on the FX thread.
 */
public final class DraftEditorViewModel {

    private static final Logger log = LoggerFactory.getLogger(DraftEditorViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    static final String UNTITLED = "Untitled draft";

    private final EditorServices services;
    private final Executor background;
    private final Clock clock;

    private final ObjectProperty<ContentType> contentType = new SimpleObjectProperty<>(this, "contentType");
    private final ObservableSet<Platform> platforms = FXCollections.observableSet(EnumSet.noneOf(Platform.class));
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty hashtags = new SimpleStringProperty(this, "hashtags", "");
    private final StringProperty mediaPrompts = new SimpleStringProperty(this, "mediaPrompts", "");

    private final ReadOnlyObjectWrapper<ContentItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyListWrapper<ComplianceIssue> issues =
            new ReadOnlyListWrapper<>(this, "issues", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper checkedCaption = new ReadOnlyStringWrapper(this, "checkedCaption", "");
    private final ReadOnlyListWrapper<PlatformCount> counts =
            new ReadOnlyListWrapper<>(this, "counts", FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> refusals =
            new ReadOnlyListWrapper<>(this, "refusals", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "New draft — not saved yet");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** Bumped by every edit: a save or check answers only for the edit it started from. */
    private long edits;

    private long checksStarted;
    private boolean loading;

    private final EditHistory history = new EditHistory();
    private boolean restoring;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public DraftEditorViewModel(EditorServices services, Executor background, Clock clock) {
        this.services = services;
        this.background = background;
        this.clock = clock;
        contentType.set(ContentType.REEL);
        platforms.add(Platform.INSTAGRAM);
        contentType.addListener((o, was, now) -> edited());
        platforms.addListener((javafx.collections.SetChangeListener<Platform>) change -> edited());
        title.addListener((o, was, now) -> {
            remember("title", new EditHistory.Fields(was, caption.get(), hashtags.get()));
            edited();
        });
        caption.addListener((o, was, now) -> {
            remember("caption", new EditHistory.Fields(title.get(), was, hashtags.get()));
            edited();
        });
        hashtags.addListener((o, was, now) -> {
            remember("hashtags", new EditHistory.Fields(title.get(), caption.get(), was));
            edited();
        });
        mediaPrompts.addListener((o, was, now) -> edited());
        recount();
    }

    // ---- what the author edits

    public ObjectProperty<ContentType> contentTypeProperty() {
        return contentType;
    }

    /** The target platforms; the editor keeps at least one (the domain refuses a body without). */
    public ObservableSet<Platform> platforms() {
        return platforms;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty captionProperty() {
        return caption;
    }

    /** Hashtags as typed: separated by spaces or commas, the '#' optional. */
    public StringProperty hashtagsProperty() {
        return hashtags;
    }

    /** One media prompt per line. */
    public StringProperty mediaPromptsProperty() {
        return mediaPrompts;
    }

    // ---- what the editor shows

    public ReadOnlyObjectProperty<ContentItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The issues of the caption last checked, critical first, then by position. */
    public ReadOnlyListProperty<ComplianceIssue> issuesProperty() {
        return issues.getReadOnlyProperty();
    }

    /** The caption text {@link #issuesProperty()} was found in (spans refer to it). */
    public ReadOnlyStringProperty checkedCaptionProperty() {
        return checkedCaption.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<PlatformCount> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Why the last submission was refused, one reason per line; empty when it was not. */
    public ReadOnlyListProperty<String> refusalsProperty() {
        return refusals.getReadOnlyProperty();
    }

    /** The save state in plain words ("Saved 12:03:41", "Not saved: …"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Edits not yet in the local store. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** A save or submission is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** There is an edit of the title, caption or hashtags to take back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** An undone edit can be made again. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether this user may write drafts: a reviewer reads an opened item but cannot change it. */
    public boolean canEdit() {
        return services.allows(Permission.EDIT_CONTENT) && services.allows(Permission.CREATE_DRAFT);
    }

    /** Whether this user may submit for review (the editor offers Submit only then). */
    public boolean canSubmit() {
        return services.allows(Permission.SUBMIT_FOR_REVIEW);
    }

    // ---- commands

    /** Takes back the last burst of typing in the title, caption or hashtags (saved like any edit). */
    public void undo() {
        history.undo(fields()).ifPresent(this::restore);
    }

    /** Makes the last undone edit again. */
    public void redo() {
        history.redo(fields()).ifPresent(this::restore);
    }

    /** Clears the editor for a new draft (nothing is stored until the first save). */
    public void newDraft() {
        load(null, ContentBody.of(UNTITLED, ContentType.REEL, List.of(Platform.INSTAGRAM), ""));
        title.set("");
        history.clear();
        updateHistory();
        status.set("New draft — not saved yet");
        dirty.set(false);
    }

    /** Shows a stored item. */
    public void open(ContentItem stored) {
        load(stored, stored.body());
        status.set(
                "Opened " + stored.status().storedValue().replace('_', ' ') + " item, revision " + stored.revision());
        checkNow();
    }

    /** Checks the caption as it is now, off the FX thread; a newer check makes an older answer stale. */
    public void checkNow() {
        long check = ++checksStarted;
        String text = caption.get();
        Set<Platform> targets = Set.copyOf(platforms);
        Task<List<ComplianceIssue>> task = new Task<>() {
            @Override
            protected List<ComplianceIssue> call() {
                return services.engine()
                        .check(new DraftToCheck(text, targets, Set.of(), Set.of()))
                        .issues();
            }
        };
        task.setOnSucceeded(event -> {
            if (check == checksStarted) {
                checkedCaption.set(text);
                issues.setAll(task.getValue().stream()
                        .sorted(Comparator.comparing(ComplianceIssue::severity)
                                .thenComparingInt(ComplianceIssue::start))
                        .toList());
            }
        });
        task.setOnFailed(event -> log.warn("Live compliance check failed", task.getException()));
        start(task);
    }

    /** Saves when something changed since the last save (autosave, focus loss, Ctrl+S). */
    public void save() {
        if (!dirty.get() || busy.get()) {
            return;
        }
        Supplier<Outcome<ContentItem>> write = writer();
        if (write == null) {
            return;
        }
        long savedEdit = edits;
        run(() -> new Step(write.get(), null), step -> applySaved(step.saved(), savedEdit));
    }

    /**
     * Saves pending edits and submits the item in one background step: the checks run on exactly the
     * text on screen. Refusals are listed in {@link #refusalsProperty()}.
     */
    public void submit() {
        if (busy.get()) {
            return;
        }
        refusals.clear();
        ContentItem current = item.get();
        Supplier<Outcome<ContentItem>> write = dirty.get() || current == null ? writer() : () -> Outcome.done(current);
        if (write == null) {
            return;
        }
        long savedEdit = edits;
        run(
                () -> {
                    Outcome<ContentItem> saved = write.get();
                    if (!(saved instanceof Outcome.Done<ContentItem> done)) {
                        return new Step(saved, null);
                    }
                    ContentItem target = done.value();
                    return new Step(
                            saved,
                            services.submitForReview()
                                    .submit(new SubmitForReview.Command(
                                            services.user(), target.id(), target.version(), List.of())));
                },
                step -> {
                    applySaved(step.saved(), savedEdit);
                    if (step.submitted() != null) {
                        applySubmitted(step.submitted());
                    }
                });
    }

    // ---- internals

    /** What one background step did: the save, and the submission when there was one. */
    private record Step(Outcome<ContentItem> saved, Outcome<SubmitForReview.Submitted> submitted) {}

    private void applySubmitted(Outcome<SubmitForReview.Submitted> outcome) {
        switch (outcome) {
            case Outcome.Done<SubmitForReview.Submitted> done -> {
                item.set(done.value().item());
                status.set("Submitted for review at " + now());
            }
            case Outcome.Refused<SubmitForReview.Submitted> refused -> {
                refusals.setAll(refused.reasons().stream().map(Refusal::message).toList());
                status.set("Not submitted: fix the issues listed or ask a reviewer to override");
                checkNow();
            }
            case Outcome.Conflict<SubmitForReview.Submitted> conflict ->
                status.set("Not submitted: " + conflict.message());
        }
    }

    private void applySaved(Outcome<ContentItem> outcome, long savedEdit) {
        switch (outcome) {
            case Outcome.Done<ContentItem> done -> {
                boolean changed = item.get() == null
                        || item.get().version() != done.value().version();
                item.set(done.value());
                dirty.set(edits != savedEdit);
                if (changed) {
                    status.set("Saved " + now());
                }
            }
            case Outcome.Refused<ContentItem> refused -> status.set("Not saved: " + refused.message());
            case Outcome.Conflict<ContentItem> conflict -> status.set("Not saved: " + conflict.message());
        }
    }

    /** The store write for the body as typed, or null (with the reason shown) when the body is invalid. */
    private Supplier<Outcome<ContentItem>> writer() {
        ContentBody body;
        try {
            body = body();
        } catch (IllegalArgumentException invalid) {
            status.set("Not saved: " + invalid.getMessage());
            return null;
        }
        ContentItem current = item.get();
        if (current == null) {
            return () -> services.createDraft().create(new CreateDraft.Command(services.user(), body));
        }
        return () -> switch (services.editDraft()
                .edit(new EditDraft.Command(services.user(), current.id(), current.version(), body))) {
            case Outcome.Done<EditDraft.Edited> done ->
                Outcome.done(done.value().item());
            case Outcome.Refused<EditDraft.Edited> refused -> Outcome.refused(refused.reasons());
            case Outcome.Conflict<EditDraft.Edited> conflict -> new Outcome.Conflict<>(conflict.message());
        };
    }

    /** Runs {@code work} in the background and hands its answer to {@code answer} on the FX thread. */
    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> answer) {
        busy.set(true);
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(event -> {
            busy.set(false);
            answer.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            busy.set(false);
            log.warn("Saving the draft failed", task.getException());
            // the text stays in the editor and stays dirty; the next autosave tries again
            status.set("Not saved: " + task.getException().getMessage());
        });
        start(task);
    }

    private void start(Task<?> task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException closing) {
            // the window is closing and its executor is shut down; what was saved stays saved
            busy.set(false);
            log.info("Not started, Curator is closing: {}", closing.toString());
        }
    }

    /** The body as typed; fails with the domain's message naming the field. */
    ContentBody body() {
        String name = title.get().isBlank() ? firstLineOr(caption.get(), UNTITLED) : title.get();
        List<String> tags = Arrays.stream(hashtags.get().split("[\\s,]+"))
                .filter(tag -> !tag.isBlank() && !tag.equals("#"))
                .toList();
        List<String> prompts = mediaPrompts
                .get()
                .lines()
                .filter(line -> !line.isBlank())
                .map(String::strip)
                .toList();
        ContentItem current = item.get();
        return new ContentBody(
                name,
                current == null ? "" : current.body().description(),
                contentType.get(),
                List.copyOf(platforms),
                caption.get(),
                current == null ? "" : current.body().scriptContent(),
                tags,
                prompts,
                current == null ? Map.of() : current.body().platformSpecs());
    }

    private void load(ContentItem stored, ContentBody body) {
        loading = true;
        try {
            item.set(stored);
            contentType.set(body.contentType());
            platforms.clear();
            platforms.addAll(body.platforms());
            title.set(body.title());
            caption.set(body.caption());
            hashtags.set(String.join(
                    " ", body.hashtags().stream().map(tag -> "#" + tag).toList()));
            mediaPrompts.set(String.join("\n", body.mediaPrompts()));
            issues.clear();
            refusals.clear();
            dirty.set(false);
            history.clear();
            updateHistory();
        } finally {
            loading = false;
        }
        recount();
    }

    private EditHistory.Fields fields() {
        return new EditHistory.Fields(title.get(), caption.get(), hashtags.get());
    }

    private void remember(String field, EditHistory.Fields before) {
        if (!loading && !restoring) {
            history.edited(field, before, clock.millis());
            updateHistory();
        }
    }

    private void restore(EditHistory.Fields fields) {
        restoring = true;
        try {
            title.set(fields.title());
            caption.set(fields.caption());
            hashtags.set(fields.hashtags());
        } finally {
            restoring = false;
        }
        updateHistory();
    }

    private void updateHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private void edited() {
        recount();
        if (!loading) {
            edits++;
            dirty.set(true);
        }
    }

    private void recount() {
        if (platforms.isEmpty()) {
            counts.clear();
            return;
        }
        ContentBody body;
        try {
            body = body();
        } catch (IllegalArgumentException invalid) {
            // a half-typed hashtag: keep the last counters until the field is valid again
            return;
        }
        counts.setAll(body.platforms().stream()
                .map(platform -> PlatformCount.of(PostContent.of(body, platform)))
                .toList());
    }

    private String now() {
        return LocalTime.now(clock).format(TIME);
    }

    private static String firstLineOr(String text, String fallback) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return fallback;
        }
        return first.length() <= 80 ? first : first.substring(0, 80).strip() + "…";
    }
}
