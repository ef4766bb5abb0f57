package com.eesystem.curator.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScheduleLifecyclePropertiesTest {

    @Provide
    Arbitrary<List<ScheduleAction>> walks() {
        return Arbitraries.of(ScheduleAction.class).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void finalStatesStayFinalAndEveryChangeBumpsTheVersion(@ForAll("walks") List<ScheduleAction> walk) {
        ScheduleEntry entry = ScheduleEntryTest.entry(ScheduleStatus.SCHEDULED);
        Instant failedOnce = null;
        for (ScheduleAction action : walk) {
            ScheduleEntry before = entry;
            ScheduleChange change = ScheduleEntryTest.perform(before, action);
            if (change instanceof ScheduleChange.Changed changed) {
                entry = changed.entry();
                assertThat(before.status()).isNotIn(ScheduleStatus.PUBLISHED, ScheduleStatus.CANCELLED);
                assertThat(entry.version()).isEqualTo(before.version() + 1);
                assertThat(ScheduleLifecycle.next(before.status(), action)).contains(entry.status());
                if (entry.status() == ScheduleStatus.FAILED) {
                    failedOnce = entry.updatedAt();
                    assertThat(entry.resultData()).containsKey(ScheduleEntry.ERROR);
                }
            } else {
                assertThat(ScheduleLifecycle.next(before.status(), action)).isEmpty();
                assertThat(entry).isSameAs(before);
            }
        }
        if (entry.status() == ScheduleStatus.SCHEDULED && failedOnce != null) {
            assertThat(walk).contains(ScheduleAction.RETRY);
        }
    }
}
