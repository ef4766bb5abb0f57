package com.eesystem.curator.domain.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerationRequestTest {

    @Test
    void parameterOrderDoesNotChangeTheHash() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("tone", "calm");
        first.put("length", "short");
        first.put("audience", "practitioners");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("audience", "practitioners");
        second.put("length", "short");
        second.put("tone", "calm");

        var a = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "Morning routine", first);
        var b = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "Morning routine", second);

        assertThat(a.cacheKeyHash()).isEqualTo(b.cacheKeyHash());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void canonicalFormSortsKeysAndHasNoWhitespaceBetweenTokens() {
        var request = GenerationRequest.of(
                ContentType.THREAD, Platform.TWITTER, "Say \"hi\"\n\\ok", Map.of("z", "1", "a", "2"));

        assertThat(request.canonicalForm())
                .isEqualTo("{\"content_type\":\"thread\",\"parameters\":{\"a\":\"2\",\"z\":\"1\"},"
                        + "\"platform\":\"twitter\",\"prompt\":\"Say \\\"hi\\\"\\u000a\\\\ok\"}");
    }

    @Test
    void hashIsTheSha256OfTheCanonicalFormInLowercaseHex() throws Exception {
        var request = GenerationRequest.of(ContentType.QUOTE, Platform.FACEBOOK, "Rest well");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(request.canonicalForm().getBytes(StandardCharsets.UTF_8));

        assertThat(request.cacheKeyHash())
                .isEqualTo(HexFormat.of().formatHex(digest))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void hashIsStableAcrossReleases() {
        // a changed canonical form silently empties the 24 h cache: this pins the format
        var request =
                GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "Morning routine", Map.of("tone", "calm"));

        assertThat(request.canonicalForm())
                .isEqualTo("{\"content_type\":\"reel\",\"parameters\":{\"tone\":\"calm\"},\"platform\":\"instagram\","
                        + "\"prompt\":\"Morning routine\"}");
        assertThat(request.cacheKeyHash())
                .isEqualTo("fdc36a5a18e907f5cb5e712afac2554c1c8c36f73f5643f561d2abd71c3cd13c");
    }

    @Test
    void anyDifferenceChangesTheHash() {
        var base =
                GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "Morning routine", Map.of("tone", "calm"));

        assertThat(GenerationRequest.of(
                                ContentType.STORY, Platform.INSTAGRAM, "Morning routine", Map.of("tone", "calm"))
                        .cacheKeyHash())
                .isNotEqualTo(base.cacheKeyHash());
        assertThat(GenerationRequest.of(ContentType.REEL, Platform.TIKTOK, "Morning routine", Map.of("tone", "calm"))
                        .cacheKeyHash())
                .isNotEqualTo(base.cacheKeyHash());
        assertThat(GenerationRequest.of(
                                ContentType.REEL, Platform.INSTAGRAM, "Morning routine ", Map.of("tone", "calm"))
                        .cacheKeyHash())
                .isNotEqualTo(base.cacheKeyHash());
        assertThat(GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "Morning routine", Map.of("tone", "warm"))
                        .cacheKeyHash())
                .isNotEqualTo(base.cacheKeyHash());
    }

    @Test
    void aKeyValueBoundaryCannotBeForgedByQuotes() {
        var oneKey = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "p", Map.of("a\":\"b", "c"));
        var otherKey = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "p", Map.of("a", "b\":\"c"));

        assertThat(oneKey.cacheKeyHash()).isNotEqualTo(otherKey.cacheKeyHash());
    }

    @Test
    void aBlankPromptIsRefusedNamingTheField() {
        assertThatThrownBy(() -> GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("prompt: is blank");
    }

    @Test
    void aNullParameterValueIsRefusedNamingTheKey() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tone", null);

        assertThatThrownBy(() -> GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "p", parameters))
                .hasMessage("parameters.tone: is null");
    }

    @Test
    void parametersCannotBeChangedAfterConstruction() {
        var request = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "p", Map.of("tone", "calm"));

        assertThatThrownBy(() -> request.parameters().put("tone", "loud"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
