package com.eesystem.curator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.sync.SyncStatus;
import com.eesystem.curator.domain.sync.SyncStatus.Connectivity;
import com.eesystem.curator.domain.sync.SyncStatusSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusBarViewModelTest {

    private static final Clock NOON_IN_BERLIN =
            Clock.fixed(Instant.parse("2026-11-25T11:00:00Z"), ZoneId.of("Europe/Berlin"));

    /** The view model only reads the source in start(); apply() is what a status change calls. */
    private static final SyncStatusSource UNUSED = new SyncStatusSource() {
        @Override
        public SyncStatus current() {
            throw new AssertionError("apply() must not read the source");
        }

        @Override
        public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
            throw new AssertionError("apply() must not subscribe");
        }
    };

    private final StatusBarViewModel model = new StatusBarViewModel(UNUSED, NOON_IN_BERLIN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOCAL_ONLY | Offline — working on this computer                        | false
            OFFLINE    | Team store offline — unreachable, changes are kept here   | false
            CONNECTING | Connecting to the team store…                             | false
            ONLINE     | Team store online                                         | true
            SYNCING    | Team store online — syncing…                              | true
            """)
    void eachConnectivityReadsAsPlainWords(Connectivity connectivity, String text, boolean online) {
        model.apply(new SyncStatus(connectivity, 0, Optional.empty(), Optional.empty()));

        assertThat(model.connectivityProperty().get()).isEqualTo(text);
        assertThat(model.onlineProperty().get()).isEqualTo(online);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0    | No pending changes
            1    | 1 pending change
            2    | 2 pending changes
            1200 | 1,200 pending changes
            """)
    void pendingChangesAreCounted(long pending, String text) {
        model.apply(new SyncStatus(Connectivity.ONLINE, pending, Optional.empty(), Optional.empty()));

        assertThat(model.pendingChangesProperty().get()).isEqualTo(text);
    }

    @Test
    void aSyncTodayShowsTheLocalTimeOnly() {
        model.apply(new SyncStatus(
                Connectivity.ONLINE, 0, Optional.of(Instant.parse("2026-11-25T09:05:00Z")), Optional.empty()));

        assertThat(model.lastSyncProperty().get()).isEqualTo("Last sync 10:05");
    }

    @Test
    void anEarlierSyncShowsItsDate() {
        model.apply(new SyncStatus(
                Connectivity.OFFLINE, 3, Optional.of(Instant.parse("2026-11-23T17:30:00Z")), Optional.empty()));

        assertThat(model.lastSyncProperty().get()).isEqualTo("Last sync 23 Nov 18:30");
    }

    @Test
    void neverSyncedSaysSo() {
        model.apply(SyncStatus.localOnly());

        assertThat(model.lastSyncProperty().get()).isEqualTo("Never synced");
        assertThat(model.lastErrorProperty().get()).isEmpty();
    }

    @Test
    void theLastErrorIsShownUntilAStatusWithoutOne() {
        model.apply(
                new SyncStatus(Connectivity.OFFLINE, 1, Optional.empty(), Optional.of("Redis refused the password")));
        assertThat(model.lastErrorProperty().get()).isEqualTo("Last error: Redis refused the password");

        model.apply(new SyncStatus(Connectivity.ONLINE, 0, Optional.empty(), Optional.empty()));
        assertThat(model.lastErrorProperty().get()).isEmpty();
    }
}
