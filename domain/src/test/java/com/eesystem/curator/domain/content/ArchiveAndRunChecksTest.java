package com.eesystem.curator.domain.content;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.Desk;
import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.RunChecks;
import com.eesystem.curator.domain.schedule.SchedulePost;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveAndRunChecksTest {

    final Desk desk = new Desk();
    final ArchiveContent archive = new ArchiveContent(desk.library, desk.audit, desk.policy, desk.clock);
    final RunChecks runChecks = new RunChecks(desk.library, desk.checks, desk.policy);

    @Test
    void aDraftIsArchivedAndAudited() {
        ContentItem draft = desk.draftBy(EDITOR, "A calm morning.");
        assertThat(archive.archive(new ArchiveContent.Command(EDITOR, draft.id(), 1))
                        .orThrow()
                        .status())
                .isEqualTo(ContentStatus.ARCHIVED);
        assertThat(desk.audit.head().orElseThrow().record().action()).isEqualTo("content.archived");
    }

    @Test
    void scheduledContentIsNotArchived() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        desk.schedulePost
                .schedule(new SchedulePost.Command(
                        EDITOR, approved.id(), Platform.INSTAGRAM, T0.plus(Duration.ofDays(1)), 5, Optional.empty()))
                .orThrow();
        ContentItem scheduled = desk.current(approved.id());
        assertThat(archive.archive(new ArchiveContent.Command(EDITOR, scheduled.id(), scheduled.version())))
                .isEqualTo(
                        Outcome.refused(new ContentRefusal.NotAllowed(ContentStatus.SCHEDULED, ContentAction.ARCHIVE)));
    }

    @Test
    void checksRunOnTheCurrentRevisionWithoutChangingTheItem() {
        ContentItem draft = desk.draftBy(EDITOR, "This light heals.");
        var outcomes = runChecks.run(new RunChecks.Command(EDITOR, draft.id())).orThrow();
        assertThat(outcomes).anySatisfy(outcome -> {
            assertThat(outcome.checkType()).isEqualTo(CheckType.MEDICAL_CLAIM);
            assertThat(outcome.result()).isEqualTo(CheckResult.FAILED);
        });
        assertThat(desk.current(draft.id())).isEqualTo(draft);
        assertThat(runChecks.run(new RunChecks.Command(REVIEWER, draft.id()))).isInstanceOf(Outcome.Done.class);
    }
}
