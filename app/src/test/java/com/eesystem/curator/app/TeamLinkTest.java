package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.domain.sync.SyncStatus;
import com.eesystem.curator.domain.sync.SyncStatus.Connectivity;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.redis.RedisSettings;
import com.eesystem.curator.ui.shell.ServerLinks;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's link to the saved servers, with nothing listening: it must stay usable and say why. */
class TeamLinkTest {

    @TempDir
    Path dataDir;

    @Test
    void withNothingConfiguredTheStatusStaysLocalOnly() {
        try (LocalStore store = ShellComposition.openLocalStore(new DataDirectory(dataDir));
                TeamLink link = TeamLink.start(ConnectionConfig.none(), store, Clock.systemUTC())) {
            assertThat(link.status().current()).isEqualTo(SyncStatus.localOnly());
            assertThat(link.canSyncNow()).isFalse();
            assertThat(link.liveLayer()).isEqualTo(ServerLinks.State.NOT_CONFIGURED);
        }
    }

    @Test
    void anUnreachableTeamStoreAndRedisShowOfflineWithTheCauseAndPendingChanges() throws Exception {
        AstraSettings team = AstraSettings.selfManaged(
                        List.of(new InetSocketAddress("127.0.0.1", 1)), "datacenter1", "curator", 384)
                .withRequestTimeout(Duration.ofSeconds(2));
        ConnectionConfig config =
                new ConnectionConfig(Optional.of(team), Optional.of(RedisSettings.fromUrl("redis://127.0.0.1:1/0")));
        try (LocalStore store = ShellComposition.openLocalStore(new DataDirectory(dataDir))) {
            Workstation.on(store, Clock.systemUTC()).seedDemoIfEmpty();
            List<SyncStatus> statuses = new CopyOnWriteArrayList<>();
            List<ServerLinks.State> redisStates = new CopyOnWriteArrayList<>();
            try (TeamLink link = TeamLink.start(config, store, Clock.systemUTC())) {
                link.status().subscribe(statuses::add);
                link.subscribeLiveLayer(redisStates::add);
                assertThat(link.canSyncNow()).isTrue();

                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (link.status().current().connectivity() != Connectivity.OFFLINE && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                SyncStatus offline = link.status().current();
                assertThat(offline.connectivity()).isEqualTo(Connectivity.OFFLINE);
                assertThat(offline.lastError())
                        .hasValueSatisfying(error -> assertThat(error)
                                .contains("cannot reach the team store")
                                .contains("127.0.0.1:1"));
                assertThat(offline.pendingChanges()).isPositive();
                while (link.liveLayer() != ServerLinks.State.UNREACHABLE && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(link.liveLayer()).isEqualTo(ServerLinks.State.UNREACHABLE);
            }
        }
    }
}
