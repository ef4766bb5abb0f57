package com.eesystem.curator.domain.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheEntryTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void anEntryExpiresAfterItsTimeToLive() {
        var entry = CacheEntry.of("k", "{}", CachedContentType.AI_RESPONSE, T0, Duration.ofMinutes(10));

        assertThat(entry.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(entry.isExpiredAt(T0.plus(Duration.ofMinutes(10)).minusMillis(1)))
                .isFalse();
        assertThat(entry.isExpiredAt(T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void aNonPositiveTimeToLiveIsRefused() {
        assertThatThrownBy(() -> CacheEntry.of("k", "{}", CachedContentType.API_RESULT, T0, Duration.ZERO))
                .hasMessage("timeToLive: PT0S is not positive (key k)");
    }

    @Test
    void aBlankKeyIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> CacheEntry.of(" ", "{}", CachedContentType.API_RESULT, T0, Duration.ofMinutes(1)))
                .hasMessage("content_cache.key: \" \" is blank");
    }

    @Test
    void theGenerationCacheKeyIsTheSpecPatternWithTheRequestHash() {
        var request =
                GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "Morning routine", Map.of("tone", "calm"));

        assertThat(GenerationCache.keyOf(request))
                .isEqualTo("content_gen:fdc36a5a18e907f5cb5e712afac2554c1c8c36f73f5643f561d2abd71c3cd13c");
        assertThat(GenerationCache.TIME_TO_LIVE).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void brandEntriesUseTheSpecKeyPatternAndCopyTheirLists() {
        List<String> requirements = new ArrayList<>(List.of("cite the source"));
        var entry = new BrandKnowledgeEntry(
                KnowledgeType.GUIDELINE,
                "medical_claims",
                "Medical claims",
                "No disease claims",
                Map.of("requirements", requirements),
                T0);
        requirements.add("later change");

        assertThat(entry.redisKey()).isEqualTo("brand:guideline:medical_claims");
        assertThat(entry.lists().get("requirements")).containsExactly("cite the source");
        assertThat(BrandKnowledgeCache.TIME_TO_LIVE).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aBrandKeyWithASeparatorIsRefused() {
        assertThatThrownBy(() -> new BrandKnowledgeEntry(KnowledgeType.VOICE, "a:b", "t", "c", Map.of(), T0))
                .hasMessage("brand cache key: \"a:b\" must be non-blank without spaces or ':'");
    }
}
