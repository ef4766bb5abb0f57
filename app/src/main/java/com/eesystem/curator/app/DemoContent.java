package com.eesystem.curator.app;

import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.util.List;

/**
 * What the demo workspace holds: its posts with the state each is brought to, its brand guidelines and
 * its brand knowledge. {@link DemoWorkspace} writes them through the use cases.
 */
final class DemoContent {
    private DemoContent() {}

    /** The state each demo item is brought to. Rejected and changes requested items are drafts with that decision. */
    enum Goal {
        DRAFT,
        IN_REVIEW,
        /** In review over a critical finding: submitted with an override reason, for the reviewer to judge. */
        IN_REVIEW_CRITICAL,
        APPROVED,
        CHANGES_REQUESTED,
        REJECTED,
        SCHEDULED,
        PUBLISHED,
        ARCHIVED
    }

    record Demo(
            String title, ContentType type, List<Platform> platforms, String caption, List<String> tags, Goal goal) {}

    record Guideline(
            GuidelineType type,
            GuidelineCategory category,
            String title,
            String description,
            List<String> requirements,
            List<String> restrictions,
            SeverityLevel severity) {}

    static final List<Guideline> GUIDELINES = List.of(
            new Guideline(
                    GuidelineType.CLAIMS,
                    GuidelineCategory.MEDICAL,
                    "No treatment or cure claims",
                    "Our sessions are a place to rest; we never say they heal, cure or treat a condition.",
                    List.of("Describe the experience (quiet, light, rest), not an outcome"),
                    List.of("cure", "heal", "treat", "guaranteed results"),
                    SeverityLevel.CRITICAL),
            new Guideline(
                    GuidelineType.VOICE,
                    GuidelineCategory.WELLNESS,
                    "Calm, plain voice",
                    "Short sentences, warm and unhurried; questions invite, they do not push.",
                    List.of("One idea per sentence", "Invite, never pressure"),
                    List.of("ALL CAPS", "countdown urgency"),
                    SeverityLevel.PREFERRED),
            new Guideline(
                    GuidelineType.MESSAGING,
                    GuidelineCategory.MARKETING,
                    "Offers name their terms",
                    "Any price, discount or booking offer names its dates and conditions.",
                    List.of("State dates and conditions of an offer"),
                    List.of("\"limited time\" without a date"),
                    SeverityLevel.IMPORTANT),
            new Guideline(
                    GuidelineType.CLAIMS,
                    GuidelineCategory.LEGAL,
                    "Endorsements are real and named",
                    "Quote a named person who agreed to it; never \"doctors recommend\" or \"experts agree\".",
                    List.of("Written consent for every testimonial"),
                    List.of("doctors recommend", "clinically proven"),
                    SeverityLevel.CRITICAL));

    record Knowledge(KnowledgeType type, KnowledgeCategory category, String title, String content) {}

    /**
     * What the Brand library's Knowledge tab shows. The approved claims are the rule pack's wordings kept as
     * the brand's: the content is the wording and the title names the conditions it is the safer wording
     * for, so the checks suggest them (domain.compliance.BrandClaim).
     */
    static final List<Knowledge> KNOWLEDGE = List.of(
            new Knowledge(
                    KnowledgeType.VOICE,
                    KnowledgeCategory.BRAND,
                    "How we sound",
                    "Warm, plain and unhurried. We describe the room, the light and the quiet, and let guests"
                            + " speak about how they felt."),
            new Knowledge(
                    KnowledgeType.GUIDELINE,
                    KnowledgeCategory.MARKETING,
                    "What a session is",
                    "A session is an hour in a quiet room with soft light and sound. Guests sit or lie down;"
                            + " nothing touches them and nothing is sold at the desk."),
            new Knowledge(
                    KnowledgeType.CLAIM,
                    KnowledgeCategory.MEDICAL,
                    "Approved claim for anxiety and stress (calm-01)",
                    "may help you relax"),
            new Knowledge(
                    KnowledgeType.CLAIM,
                    KnowledgeCategory.MEDICAL,
                    "Approved claim for insomnia (sleep-01)",
                    "a quiet hour to support better sleep habits"),
            new Knowledge(
                    KnowledgeType.CLAIM,
                    KnowledgeCategory.MEDICAL,
                    "Approved claim for pain (rest-01)",
                    "a calm space to rest and unwind"),
            new Knowledge(
                    KnowledgeType.CLAIM,
                    KnowledgeCategory.LEGAL,
                    "Substantiated claim: guest survey 2025 (SUB-2025-014)",
                    "In our 2025 guest survey, 9 in 10 guests said they felt more relaxed after a session."),
            new Knowledge(
                    KnowledgeType.COMPLIANCE,
                    KnowledgeCategory.LEGAL,
                    "Testimonials",
                    "Quote a named guest who agreed in writing; never \"doctors recommend\" or \"clinically"
                            + " proven\"."));

    static final List<Demo> DEMOS = List.of(
            new Demo(
                    "Morning light ritual",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                    "Ten quiet minutes in the light, every morning. How do you start your day?",
                    List.of("morningroutine", "wellbeing"),
                    Goal.SCHEDULED),
            new Demo(
                    "Sleep claim (needs a fix)",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM),
                    "Ten minutes of this light cures insomnia. Book your session today!",
                    List.of("sleep"),
                    Goal.DRAFT),
            new Demo(
                    "Founder story, part 1",
                    ContentType.THREAD,
                    List.of(Platform.TWITTER, Platform.LINKEDIN),
                    "How a small idea about light and rest became a studio.\n---\nWe started with one room"
                            + " and a lot of questions.\n---\nToday we share what we learned, slowly.",
                    List.of(),
                    Goal.APPROVED),
            new Demo(
                    "Studio tour",
                    ContentType.STORY,
                    List.of(Platform.INSTAGRAM, Platform.FACEBOOK),
                    "A look inside the studio: soft chairs, warm light, no phones.",
                    List.of("studio"),
                    Goal.IN_REVIEW),
            new Demo(
                    "Five calm habits",
                    ContentType.CAROUSEL,
                    List.of(Platform.INSTAGRAM, Platform.LINKEDIN),
                    "Five small habits for a calmer week. Swipe through and save the one you will try first.",
                    List.of("calm", "habits"),
                    Goal.PUBLISHED),
            new Demo(
                    "Quote: rest",
                    ContentType.QUOTE,
                    List.of(Platform.INSTAGRAM, Platform.FACEBOOK),
                    "\"Rest is not a reward. It is a rhythm.\"",
                    List.of("quote"),
                    Goal.ARCHIVED),
            new Demo(
                    "Doctor endorsement (needs a fix)",
                    ContentType.REEL,
                    List.of(Platform.TIKTOK, Platform.YOUTUBE),
                    "Doctors recommend our sessions for everyone. Guaranteed results in one week.",
                    List.of(),
                    Goal.DRAFT),
            new Demo(
                    "Q&A with the team",
                    ContentType.STORY,
                    List.of(Platform.INSTAGRAM),
                    "Questions about your first visit? Ask us anything in the box below.",
                    List.of("qanda"),
                    Goal.CHANGES_REQUESTED),
            new Demo(
                    "Weekend hours",
                    ContentType.QUOTE,
                    List.of(Platform.FACEBOOK, Platform.LINKEDIN),
                    "We are open Saturday 9-15 this month. Walk-ins welcome when a room is free.",
                    List.of(),
                    Goal.IN_REVIEW),
            new Demo(
                    "Pain relief claim (critical, in review)",
                    ContentType.CAROUSEL,
                    List.of(Platform.INSTAGRAM),
                    "Our light sessions heal chronic pain and treat anxiety without medication.",
                    List.of("pain"),
                    Goal.IN_REVIEW_CRITICAL),
            new Demo(
                    "Behind the scenes video",
                    ContentType.REEL,
                    List.of(Platform.YOUTUBE, Platform.TIKTOK),
                    "How we set up a session room: lights, sound, and a cup of tea.",
                    List.of("behindthescenes"),
                    Goal.IN_REVIEW),
            new Demo(
                    "Thread: what to expect",
                    ContentType.THREAD,
                    List.of(Platform.TWITTER),
                    "First visit? Here is what to expect, step by step. You arrive, you sit, you breathe. Our"
                            + " team explains the room and answers questions. Then it is quiet for half an hour."
                            + " Afterwards there is tea and time to talk, if you like. Nothing is sold to you at"
                            + " the desk, and there is no pressure to book again.",
                    List.of(),
                    Goal.REJECTED));
}
