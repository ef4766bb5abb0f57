package com.eesystem.curator.domain;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.SearchBrandLibrary;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import com.eesystem.curator.domain.memory.InMemoryBrandKnowledgeBase;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.schedule.CancelSchedule;
import com.eesystem.curator.domain.schedule.RecordPublication;
import com.eesystem.curator.domain.schedule.Reschedule;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.SchedulePost;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each use case asks the permission policy first: a refused caller changes nothing and is told why. */
class UseCasePermissionsTest {

    static final Desk DESK = new Desk();
    static final ContentItem DRAFT = DESK.draftBy(EDITOR, "A calm morning.");

    static Arguments denied(String name, User actor, Permission permission, Function<User, Outcome<?>> call) {
        return Arguments.of(name, actor, permission, call);
    }

    static Stream<Arguments> calls() {
        SearchBrandLibrary search = new SearchBrandLibrary(
                new InMemoryBrandKnowledgeBase(), new HashingEmbeddingModel(), PermissionPolicy.standard());
        return Stream.of(
                denied(
                        "reviewer creates a draft",
                        REVIEWER,
                        Permission.CREATE_DRAFT,
                        actor -> DESK.createDraft.create(new CreateDraft.Command(actor, body()))),
                denied(
                        "reviewer edits",
                        REVIEWER,
                        Permission.EDIT_CONTENT,
                        actor -> DESK.editDraft.edit(new EditDraft.Command(actor, DRAFT.id(), 1, body()))),
                denied(
                        "reviewer submits",
                        REVIEWER,
                        Permission.SUBMIT_FOR_REVIEW,
                        actor -> DESK.submitForReview.submit(
                                new SubmitForReview.Command(actor, DRAFT.id(), 1, List.of()))),
                denied(
                        "editor overrides a check at submission",
                        EDITOR,
                        Permission.OVERRIDE_CHECK,
                        actor -> DESK.submitForReview.submit(new SubmitForReview.Command(
                                actor,
                                DRAFT.id(),
                                1,
                                List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "trust me"))))),
                denied(
                        "editor approves",
                        EDITOR,
                        Permission.DECIDE_REVIEW,
                        actor -> DESK.decideReview.decide(new DecideReview.Command(
                                actor, DESK.decision(actor, DRAFT, Verdict.APPROVED, "", List.of())))),
                denied(
                        "reviewer schedules",
                        REVIEWER,
                        Permission.SCHEDULE,
                        actor -> DESK.schedulePost.schedule(new SchedulePost.Command(
                                actor,
                                DRAFT.id(),
                                Platform.INSTAGRAM,
                                T0.plus(Duration.ofDays(1)),
                                5,
                                Optional.empty()))),
                denied(
                        "reviewer reschedules",
                        REVIEWER,
                        Permission.SCHEDULE,
                        actor -> DESK.reschedule.reschedule(new Reschedule.Command(
                                actor, ScheduleEntryId.random(), 1, T0.plus(Duration.ofDays(1)), Optional.empty()))),
                denied(
                        "reviewer cancels",
                        REVIEWER,
                        Permission.SCHEDULE,
                        actor -> DESK.cancelSchedule.cancel(
                                new CancelSchedule.Command(actor, ScheduleEntryId.random(), 1))),
                denied(
                        "reviewer records a publication",
                        REVIEWER,
                        Permission.RECORD_PUBLICATION,
                        actor -> DESK.recordPublication.record(new RecordPublication.Command(
                                actor, ScheduleEntryId.random(), new RecordPublication.Report.Metrics(Map.of())))),
                denied(
                        "nobody without the permission searches",
                        User.of(EDITOR.id(), "Limited", com.eesystem.curator.domain.user.Role.EDITOR),
                        Permission.SEARCH_BRAND_LIBRARY,
                        actor -> new SearchBrandLibrary(
                                        new InMemoryBrandKnowledgeBase(),
                                        new HashingEmbeddingModel(),
                                        new PermissionPolicy(Map.of()))
                                .search(new SearchBrandLibrary.Command(
                                        actor, "light", KnowledgeFilter.any(), null, 5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aCallerWithoutThePermissionIsRefusedAndNothingChanges(
            String name, User actor, Permission permission, Function<User, Outcome<?>> call) {
        int auditBefore = DESK.audit.all().size();
        long itemsBefore = DESK.library.count(com.eesystem.curator.domain.content.ContentQuery.all());
        Outcome<?> outcome = call.apply(actor);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.has("permission_denied")).isTrue();
            assertThat(refused.message()).contains("may not " + permission.words());
        });
        assertThat(DESK.audit.all()).hasSize(auditBefore);
        assertThat(DESK.library.count(com.eesystem.curator.domain.content.ContentQuery.all()))
                .isEqualTo(itemsBefore);
        assertThat(DESK.current(DRAFT.id()).status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(DESK.current(DRAFT.id()).version()).isEqualTo(1);
    }
}
