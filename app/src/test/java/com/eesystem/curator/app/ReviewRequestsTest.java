package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.SqliteLiveOutbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission whose checks need a person queues a compliance review request in the local store (real
 * SQLite), where the sync worker's hand-off picks it up for Redis whenever Redis can be reached.
 */
class ReviewRequestsTest {

    @TempDir
    Path dataDir;

    private final User ana = User.of(UserId.random(), "Ana Admin", Role.ADMIN);
    private Workstation workstation;

    @BeforeEach
    void open() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), ana);
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    private ContentItem submitted(String caption, List<CheckOverride> overrides) {
        ContentItem draft = workstation
                .editorServices()
                .createDraft()
                .create(new CreateDraft.Command(
                        ana, ContentBody.of("Morning light", ContentType.REEL, List.of(Platform.INSTAGRAM), caption)))
                .orThrow();
        return workstation
                .editorServices()
                .submitForReview()
                .submit(new SubmitForReview.Command(ana, draft.id(), draft.version(), overrides))
                .orThrow()
                .item();
    }

    @Test
    void anOverriddenCriticalFailureIsHeldForTheComplianceReviewQueueAndAPassingSubmissionIsNot() {
        SqliteLiveOutbox live = SqliteLiveOutbox.of(workstation.store(), Clock.systemUTC());
        submitted("Ten quiet minutes in the light, every morning.", List.of());
        assertThat(live.heldReviewRequests(10)).isEmpty();

        ContentItem claim = submitted(
                "Ten minutes of this light cures insomnia.",
                List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "quoted from a customer letter")));

        assertThat(live.heldReviewRequests(10))
                .extracting(SqliteLiveOutbox.HeldReview::task)
                .first()
                .isEqualTo(new ComplianceReviewTask(claim.id(), CheckType.MEDICAL_CLAIM, ReviewPriority.CRITICAL));
    }
}
