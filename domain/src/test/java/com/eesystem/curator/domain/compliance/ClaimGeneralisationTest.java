package com.eesystem.curator.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.platform.Platform;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session-2 generalisations, each on wording that is in no corpus file: word endings and inflections,
 * benign senses, negated reporting, possessed conditions, net impression, expert and code signals.
 */
class ClaimGeneralisationTest {
    private final ComplianceEngine engine = ComplianceEngine.bundled();

    private ComplianceReport check(String text) {
        return engine.check(DraftToCheck.caption(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Weekly sessions calmed my bursitis right down.", // -itis ending, not in the vocabulary
                "Our field eases endometriosis cramps.", // -osis ending
                "I was able to drop my atorvastatin after a year of sessions.", // drug stem -statin
                "One session a week and not a single seizure since spring.", // singular of a listed plural
                "Doctors couldn't help my dad's gout. Scalar sessions did.", // elided verb
                "My shoulder used to wake me up at night. Now? Nothing.", // before/after without the words
                "Sessions that rebuild worn knees.", // repair verb and a body part
                "A leading cardiologist recommends our evening sessions.", // -ologist and a proof verb
                "Struggling with sciatica? Book a session this week." // a condition next to a call to book
            })
    void unseenClaimWordingIsCritical(String text) {
        assertThat(check(text).hasCritical()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I came in wound up and left an hour later feeling human.",
                "What we won't claim: that an hour here heals anything.",
                "Nostalgia hits: our first lounge chair is back from storage.",
                "We donate a share of every session to the arthritis foundation's research fund.",
                "Use code SPRING10 for 10% off your next booking."
            })
    void benignSensesAndCausesAreNotCritical(String text) {
        assertThat(check(text).hasCritical()).as(text).isFalse();
    }

    @Test
    void aCodeIsAnEndorsementOnlyWhenThePostTagsAnotherAccount() {
        ComplianceReport tagged = check("Loving my evenings at @harborcalm, use code HARBOR20 for 20% off!");

        assertThat(tagged.outcome(CheckType.LEGAL_REVIEW).issues())
                .extracting(ComplianceIssue::ruleId)
                .contains("legal.undisclosed_endorsement");
    }

    @Test
    void aRequiredPlatformNeedsTheScopeLineOnEveryPost() {
        ComplianceReport report = engine.check(new DraftToCheck(
                "New flowers in the lounge this week.", Set.of(Platform.FACEBOOK), Set.of(), Set.of()));

        assertThat(report.outcome(CheckType.LEGAL_REVIEW).issues())
                .extracting(ComplianceIssue::ruleId)
                .containsExactly("legal.required_disclaimer");
    }
}
