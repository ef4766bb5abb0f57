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

    /** Session 3, each on wording in no corpus file: soft verbs, idioms, dismissals, substitutions, systems. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The field settles eczema flare-ups overnight.", // soft verb right before a condition
                "Show your rosacea the door: knock out redness with weekly frequency work.", // idiom claim verb
                "Plantar fasciitis who? Booked my tenth session today.", // a dismissed condition
                "I'm a new person. Two years of vertigo, and this week I rode a bike.", // outcome before its condition
                "Why keep buying antihistamines when the field is right here?", // a substitution next to the sessions
                "Frequencies that rebalance your hormones and revive sluggish metabolism.", // body systems
                "Finally free of the walking stick my physio gave me.", // cessation of an aid, new aid word
                "A randomized trial found our sessions lower stress hormones.", // trial wording
                "Physicists and engineers agree our field works.", // authority and proof verb
                "Registered with Health Canada as a Class II device." // regulator and device class
            })
    void sessionThreeWordingIsCritical(String text) {
        assertThat(check(text).hasCritical()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We proudly support the lupus foundation's spring walk.", // a cause, not a soft-verb claim
                "Quiet evenings, calm people, no agenda.",
                "Our class 2 yoga group meets in the lounge on Fridays.",
                "Book a trial session and see if the quiet suits you.",
                "Come feel the difference a quiet hour makes to a busy week."
            })
    void sessionThreeBenignWordingIsNotCritical(String text) {
        assertThat(check(text).hasCritical()).as(text).isFalse();
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
