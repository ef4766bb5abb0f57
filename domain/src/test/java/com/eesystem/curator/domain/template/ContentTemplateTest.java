package com.eesystem.curator.domain.template;

import static com.eesystem.curator.domain.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentTemplateTest {

    final ContentTemplate template = new ContentTemplate(
            TemplateId.random(),
            "Morning hook",
            ContentType.REEL,
            Platform.INSTAGRAM,
            "{\"scenes\":3}",
            "Hook: {{hook}}. Then {{ benefit }}. {{hook}} again.",
            "Soft light, {{setting}}",
            List.of(CheckType.MEDICAL_CLAIM, CheckType.MEDICAL_CLAIM, CheckType.BRAND_VOICE),
            4,
            new Score(0.8),
            T0,
            T0);

    @Test
    void placeholdersAreListedOnceInOrder() {
        assertThat(template.placeholders()).containsExactly("hook", "benefit", "setting");
    }

    @Test
    void fillingEveryPlaceholderGivesTheText() {
        assertThat(template.fillScript(Map.of("hook", "Wake up", "benefit", "breathe")))
                .isEqualTo(new ContentTemplate.Filled.Complete("Hook: Wake up. Then breathe. Wake up again."));
    }

    @Test
    void missingValuesAreNamed() {
        assertThat(template.fillScript(Map.of("hook", "x")))
                .isEqualTo(new ContentTemplate.Filled.MissingValues(List.of("benefit")));
    }

    @Test
    void replacementTextIsTakenLiterally() {
        assertThat(template.fillMedia(Map.of("setting", "$1 \\ room")))
                .isEqualTo(new ContentTemplate.Filled.Complete("Soft light, $1 \\ room"));
    }

    @Test
    void requirementsAreKeptOnceEach() {
        assertThat(template.complianceRequirements()).containsExactly(CheckType.MEDICAL_CLAIM, CheckType.BRAND_VOICE);
    }

    @Test
    void aUseCountsOnce() {
        assertThat(template.used(T0.plusSeconds(5)).usageCount()).isEqualTo(5);
    }
}
