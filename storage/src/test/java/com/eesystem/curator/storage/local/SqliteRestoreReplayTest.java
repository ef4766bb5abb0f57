package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.sync.OutboxEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore = snapshot + replay of the incremental backups (outbox segments) written after it. */
class SqliteRestoreReplayTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void changesMadeAfterTheSnapshotAreBackAfterARestoreWithTheirOutboxRowsPending() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem before = ContentSamples.draft("Before", "in the snapshot", clock.instant());
        ContentItem after = ContentSamples.draft("After", "made after the snapshot", clock.instant());
        BrandGuideline guideline = guideline("No cure claims");
        ContentItem edited;
        List<OutboxEntry> outboxAtClose;
        BackupFile snapshot;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(before);
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(5));
            store.contentLibrary().save(after);
            edited = edit(before, "edited after the snapshot");
            store.contentLibrary().save(edited);
            store.brandGuidelines().save(guideline);
            outboxAtClose = store.outbox().pending(100);
            clock.advance(Duration.ofMinutes(5));
        } // closing writes the changes since the snapshot as an incremental backup
        List<BackupFile> backups = LocalBackups.list(settings.backups());
        assertThat(backups)
                .extracting(BackupFile::kind)
                .containsExactly(BackupFile.Kind.SNAPSHOT, BackupFile.Kind.OUTBOX_SEGMENT);
        // the disaster: the database is lost
        DatabaseFiles.deleteWithCompanions(settings.database());

        LocalRestore.Restored restored = LocalRestore.restore(settings, snapshot.path(), clock);

        assertThat(restored.replayed()).containsExactly(backups.get(1).path());
        assertThat(restored.changesApplied()).isEqualTo(3);
        assertThat(restored.changesKeptForSync()).isZero();
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.contentLibrary().find(after.id())).contains(after);
            assertThat(store.contentLibrary().find(before.id())).contains(edited);
            assertThat(store.brandGuidelines().find(guideline.id())).contains(guideline);
            List<OutboxEntry> outbox = store.outbox().pending(100);
            assertThat(outbox)
                    .as("the same rows, same sequences and stamps, still to be pushed")
                    .extracting(OutboxEntry::sequence, OutboxEntry::entityId, OutboxEntry::timestamp)
                    .containsExactlyElementsOf(outboxAtClose.stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.sequence(), e.entityId(), e.timestamp()))
                            .toList());
            ContentItem later = ContentSamples.draft("Later", "after the restore", clock.instant());
            store.contentLibrary().save(later);
            assertThat(store.outbox().pending(100).getLast().sequence())
                    .as("new changes continue after the replayed sequence")
                    .isEqualTo(outboxAtClose.getLast().sequence() + 1);
        }
    }

    @Test
    void auditEntriesAfterTheSnapshotComeBackWithTheirHashChain() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        BackupFile snapshot;
        List<AuditEntry> written = new ArrayList<>();
        try (LocalStore store = LocalStore.open(settings, clock)) {
            written.add(store.auditLog().append(audit("before the snapshot")));
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            written.add(store.auditLog().append(audit("after the snapshot")));
            written.add(store.auditLog().append(audit("just before the close")));
        }

        LocalRestore.Restored restored = LocalRestore.restore(settings, snapshot.path(), clock);

        assertThat(restored.changesApplied()).isEqualTo(2);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.auditLog().read(1, 10)).containsExactlyElementsOf(written);
            assertThat(store.auditLog().append(audit("after the restore")).previousHash())
                    .as("the chain goes on from the replayed head")
                    .isEqualTo(written.getLast().hash());
        }
    }

    private AuditRecord audit(String subject) {
        return new AuditRecord(clock.instant(), ContentSamples.AUTHOR, "content.saved", subject, Map.of("k", "v"));
    }

    @Test
    void snapshotOnlyLeavesTheLaterChangesOut() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem after = ContentSamples.draft("After", "made after the snapshot", clock.instant());
        BackupFile snapshot;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(after);
        }

        LocalRestore.Restored restored = LocalRestore.restore(
                settings, snapshot.path(), clock, LocalRestore.Mode.SNAPSHOT_ONLY, BackupProgress.NONE, () -> false);

        assertThat(restored.replayed()).isEmpty();
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.contentLibrary().find(after.id())).isEmpty();
        }
    }

    @Test
    void restoringAnIncrementalBackupStopsAtIt() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem first = ContentSamples.draft("First", "in segment one", clock.instant());
        ContentItem second = ContentSamples.draft("Second", "in segment two", clock.instant());
        BackupFile segmentOne;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(first);
            segmentOne = store.backups().incremental().orElseThrow();
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(second);
        }

        LocalRestore.restore(
                settings,
                segmentOne.path(),
                clock,
                LocalRestore.Mode.WITH_INCREMENTALS,
                BackupProgress.NONE,
                () -> false);

        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.contentLibrary().find(first.id())).contains(first);
            assertThat(store.contentLibrary().find(second.id())).isEmpty();
        }
    }

    @Test
    void aMissingSegmentRefusesTheReplayAndTheCurrentFileStays() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        BackupFile snapshot;
        BackupFile lost;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(ContentSamples.draft("One", "x", clock.instant()));
            lost = store.backups().incremental().orElseThrow();
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(ContentSamples.draft("Two", "x", clock.instant()));
        }
        Files.delete(lost.path());
        byte[] current = Files.readAllBytes(settings.database());

        assertThatThrownBy(() -> LocalRestore.restore(settings, snapshot.path(), clock))
                .isInstanceOf(LocalStoreUnavailable.class)
                .hasMessageContaining("the changes 1..1 are in no backup")
                .hasMessageContaining("--snapshot-only");
        assertThat(Files.readAllBytes(settings.database())).isEqualTo(current);
    }

    @Test
    void aDamagedSegmentLineIsNamedAndNothingIsRestored() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        BackupFile snapshot;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(ContentSamples.draft("One", "x", clock.instant()));
        }
        BackupFile segment = LocalBackups.list(settings.backups()).getLast();
        Files.writeString(segment.path(), Files.readString(segment.path()) + "{not json\n");
        byte[] current = Files.readAllBytes(settings.database());

        assertThatThrownBy(() -> LocalRestore.restore(settings, snapshot.path(), clock))
                .hasMessageContaining(segment.path() + " line 2 is not a change record")
                .hasMessageContaining("nothing was restored");
        assertThat(Files.readAllBytes(settings.database())).isEqualTo(current);
    }

    @Test
    void aRestoreReportsItsStepsAndCanBeCancelledBeforeTheSwap() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        BackupFile snapshot;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(ContentSamples.draft("One", "x", clock.instant()));
        }
        byte[] current = Files.readAllBytes(settings.database());
        AtomicBoolean cancel = new AtomicBoolean();
        List<BackupProgress.Step> steps = new ArrayList<>();
        BackupProgress cancelWhenReplaying = (step, fraction) -> {
            steps.add(step);
            if (step == BackupProgress.Step.REPLAYING) {
                cancel.set(true);
            }
        };

        assertThatThrownBy(() -> LocalRestore.restore(
                        settings,
                        snapshot.path(),
                        clock,
                        LocalRestore.Mode.WITH_INCREMENTALS,
                        cancelWhenReplaying,
                        cancel::get))
                .isInstanceOf(BackupCancelled.class)
                .hasMessageContaining("nothing was changed");
        assertThat(Files.readAllBytes(settings.database())).isEqualTo(current);
        assertThat(steps).doesNotContain(BackupProgress.Step.SWAPPING);

        steps.clear();
        LocalRestore.restore(
                settings,
                snapshot.path(),
                clock,
                LocalRestore.Mode.WITH_INCREMENTALS,
                (step, fraction) -> steps.add(step),
                () -> false);
        assertThat(steps)
                .containsSubsequence(
                        BackupProgress.Step.CHECKING,
                        BackupProgress.Step.COPYING,
                        BackupProgress.Step.MIGRATING,
                        BackupProgress.Step.REPLAYING,
                        BackupProgress.Step.SWAPPING,
                        BackupProgress.Step.DONE);
    }

    private static ContentItem edit(ContentItem item, String caption) {
        return ((ContentChange.Changed) item.edit(item.body().withCaption(caption), item.updatedAt())).item();
    }

    private BrandGuideline guideline(String title) {
        return new BrandGuideline(
                GuidelineId.random(),
                GuidelineType.CLAIMS,
                GuidelineCategory.MEDICAL,
                title,
                "why it matters",
                List.of("say: may support"),
                List.of("cure"),
                "Good: may support relaxation.",
                SeverityLevel.CRITICAL,
                List.of(Platform.INSTAGRAM),
                clock.instant(),
                clock.instant());
    }
}
