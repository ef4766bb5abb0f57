package com.eesystem.curator.ui.brand;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.SaveBrandGuideline;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.Outcome;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brand guidelines list and the form that adds or edits one. Reads and saves run on the background
 * executor; a save goes through {@link SaveBrandGuideline}, which re-checks the drafts checked under the
 * old rules before it returns, so the message can say so. Requirements and restrictions are edited one
 * per line.
 */
final class GuidelinesViewModel {

    private static final Logger log = LoggerFactory.getLogger(GuidelinesViewModel.class);

    private final BrandLibraryServices services;
    private final Executor background;

    private final ReadOnlyListWrapper<BrandGuideline> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper formHeading = new ReadOnlyStringWrapper(this, "formHeading", "New guideline");

    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty description = new SimpleStringProperty(this, "description", "");
    final ObjectProperty<GuidelineType> type = new SimpleObjectProperty<>(this, "type", GuidelineType.VOICE);
    final ObjectProperty<GuidelineCategory> category =
            new SimpleObjectProperty<>(this, "category", GuidelineCategory.MARKETING);
    final ObjectProperty<SeverityLevel> severity =
            new SimpleObjectProperty<>(this, "severity", SeverityLevel.IMPORTANT);
    final StringProperty requirements = new SimpleStringProperty(this, "requirements", "");
    final StringProperty restrictions = new SimpleStringProperty(this, "restrictions", "");
    final StringProperty examples = new SimpleStringProperty(this, "examples", "");
    final Map<Platform, BooleanProperty> platforms = new EnumMap<>(Platform.class);

    private Optional<GuidelineId> editing = Optional.empty();

    GuidelinesViewModel(BrandLibraryServices services, Executor background) {
        this.services = services;
        this.background = background;
        for (Platform platform : Platform.values()) {
            platforms.put(platform, new SimpleBooleanProperty(this, platform.storedValue(), false));
        }
    }

    ReadOnlyListProperty<BrandGuideline> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty formHeadingProperty() {
        return formHeading.getReadOnlyProperty();
    }

    boolean canManage() {
        return services.canManage();
    }

    /** Reads every guideline again (critical first, as the port orders them). */
    void refresh() {
        Task<List<BrandGuideline>> task = new Task<>() {
            @Override
            protected List<BrandGuideline> call() {
                return services.guidelines().all();
            }
        };
        task.setOnSucceeded(event -> rows.setAll(task.getValue()));
        task.setOnFailed(event -> {
            log.warn("Could not read the brand guidelines", task.getException());
            message.set("Could not read the brand guidelines: "
                    + task.getException().getMessage());
        });
        background.execute(task);
    }

    /** An empty form for a new guideline. */
    void newGuideline() {
        editing = Optional.empty();
        formHeading.set("New guideline");
        title.set("");
        description.set("");
        type.set(GuidelineType.VOICE);
        category.set(GuidelineCategory.MARKETING);
        severity.set(SeverityLevel.IMPORTANT);
        requirements.set("");
        restrictions.set("");
        examples.set("");
        platforms.values().forEach(selected -> selected.set(false));
        message.set("");
    }

    /** Fills the form with {@code guideline} for editing. */
    void edit(BrandGuideline guideline) {
        editing = Optional.of(guideline.id());
        formHeading.set("Edit \"" + guideline.title() + "\"");
        title.set(guideline.title());
        description.set(guideline.description());
        type.set(guideline.guidelineType());
        category.set(guideline.category());
        severity.set(guideline.severityLevel());
        requirements.set(String.join("\n", guideline.requirements()));
        restrictions.set(String.join("\n", guideline.restrictions()));
        examples.set(guideline.examples());
        platforms.forEach(
                (platform, selected) -> selected.set(guideline.platforms().contains(platform)));
        message.set("");
    }

    SaveBrandGuideline.Command command() {
        return new SaveBrandGuideline.Command(
                services.user(),
                editing,
                type.get(),
                category.get(),
                title.get(),
                description.get(),
                lines(requirements.get()),
                lines(restrictions.get()),
                examples.get(),
                severity.get(),
                platforms.entrySet().stream()
                        .filter(entry -> entry.getValue().get())
                        .map(Map.Entry::getKey)
                        .toList());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Saves the form; the drafts checked under the old rules are re-checked before the answer comes. */
    void save() {
        if (busy.get()) {
            return;
        }
        SaveBrandGuideline.Command command = command();
        busy.set(true);
        message.set("Saving…");
        Task<Outcome<BrandGuideline>> task = new Task<>() {
            @Override
            protected Outcome<BrandGuideline> call() {
                return services.save().save(command);
            }
        };
        task.setOnSucceeded(event -> {
            busy.set(false);
            switch (task.getValue()) {
                case Outcome.Done<BrandGuideline> done -> {
                    edit(done.value());
                    message.set("Saved \"" + done.value().title()
                            + "\". Drafts checked under the previous rules were re-checked.");
                    refresh();
                }
                case Outcome.Refused<BrandGuideline> refused -> message.set("Not saved: " + refused.message());
                case Outcome.Conflict<BrandGuideline> conflict -> message.set("Not saved: " + conflict.message());
            }
        });
        task.setOnFailed(event -> {
            busy.set(false);
            log.warn("Could not save the brand guideline", task.getException());
            message.set("Not saved: " + task.getException().getMessage());
        });
        background.execute(task);
    }
}
