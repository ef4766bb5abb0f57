package com.eesystem.curator.app;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.domain.sync.ChangePage;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.sync.PushReceipt;
import com.eesystem.curator.domain.sync.SyncGateway;
import com.eesystem.curator.domain.sync.SyncWatermark;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.sync.AstraSyncGateway;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The team store's sync gateway for the window: the driver session is opened on the first push or
 * pull, not at start, so a desktop that starts offline opens at once and the sync worker's backoff
 * retries the connection (a failed open is just a failed sync). Once open, the driver reconnects by itself.
 */
final class ReconnectingSyncGateway implements SyncGateway, AutoCloseable {

    private final AstraSettings settings;
    private final Clock clock;
    private CqlSession session;
    private AstraSyncGateway gateway;

    ReconnectingSyncGateway(AstraSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    private synchronized AstraSyncGateway gateway() {
        if (gateway == null) {
            session = AstraConnection.open(settings);
            gateway = new AstraSyncGateway(session, clock);
        }
        return gateway;
    }

    @Override
    public PushReceipt push(List<OutboxEntry> entries) {
        return gateway().push(entries);
    }

    /** Delegated so the engine can claim the next batch while this one's writes are in flight. */
    @Override
    public CompletableFuture<PushReceipt> startPush(List<OutboxEntry> entries) {
        return gateway().startPush(entries);
    }

    @Override
    public ChangePage pull(SyncWatermark since, int pageSize) {
        return gateway().pull(since, pageSize);
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
            gateway = null;
        }
    }
}
