package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import io.netty.util.Version;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lettuce and the Cassandra driver share one Netty (the netty-bom the root pom imports): both talk to
 * their real servers from the same JVM at the same time.
 */
@ExtendWith({RedisServerExtension.class, CassandraServerExtension.class})
class RedisNettyIT {

    @Test
    void everyNettyArtifactOnTheClasspathHasTheOneManagedVersion() {
        Map<String, Version> netty = Version.identify();
        assertThat(netty).containsKeys("netty-common", "netty-transport", "netty-handler", "netty-codec-base");
        assertThat(netty.values())
                .extracting(Version::artifactVersion)
                .as("Netty artifacts: %s", netty)
                .containsOnly("4.2.18.Final");
    }

    @Test
    void lettuceAndTheCassandraDriverWorkSideBySideInOneJvm(RedisServer redis, CassandraServer cassandra)
            throws Exception {
        GenerationRequest request = GenerationRequest.of(ContentType.STORY, Platform.FACEBOOK, "netty check");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (RedisLink link = RedisLink.open(RedisSettings.fromUrl(redis.url()));
                CqlSession session = CqlSession.builder()
                        .addContactPoint(cassandra.contactPoint())
                        .withLocalDatacenter(cassandra.localDatacenter())
                        .build()) {
            RedisGenerationCache cache = new RedisGenerationCache(link);
            List<CompletableFuture<?>> work = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                work.add(CompletableFuture.runAsync(
                        () -> cache.store(request, GeneratedContent.of("story " + n, "")), pool));
                work.add(CompletableFuture.runAsync(
                        () -> assertThat(session.execute("SELECT release_version FROM system.local")
                                        .one()
                                        .getString(0))
                                .startsWith("5."),
                        pool));
            }
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

            assertThat(cache.find(request)).isPresent();
            assertThat(link.availability().isAvailable()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnreachableCassandraFailsClearlyWhileRedisKeepsWorking(RedisServer redis) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (RedisLink link = RedisLink.open(RedisSettings.fromUrl(redis.url()))) {
            InetSocketAddress nowhere = new InetSocketAddress("127.0.0.1", closedPort);
            assertThatThrownBy(() -> CqlSession.builder()
                            .addContactPoint(nowhere)
                            .withLocalDatacenter("datacenter1")
                            .build())
                    .isInstanceOf(AllNodesFailedException.class)
                    .hasMessageContaining("127.0.0.1:" + closedPort);

            RedisGenerationCache cache = new RedisGenerationCache(link);
            GenerationRequest request = GenerationRequest.of(ContentType.QUOTE, Platform.TWITTER, "still here");
            cache.store(request, GeneratedContent.of("yes", ""));
            assertThat(cache.find(request)).isPresent();
        }
    }
}
