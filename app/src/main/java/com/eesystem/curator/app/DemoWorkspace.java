package com.eesystem.curator.app;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.ui.editor.EditorServices;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo workspace a first start with an empty library opens on: a dozen EESystem posts across the
 * content types and platforms, written through the use cases like an editor would. Some go to review
 * (their checks pass), some stay drafts because a critical check refuses them, so the editor shows its
 * highlighting at once. Each is marked in its description as demo content.
 */
final class DemoWorkspace {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);
    static final String MARK = "Demo workspace item — safe to archive.";

    private final EditorServices services;
    private final SubmitForReview submitForReview;

    DemoWorkspace(EditorServices services, SubmitForReview submitForReview) {
        this.services = services;
        this.submitForReview = submitForReview;
    }

    private record Demo(
            String title,
            ContentType type,
            List<Platform> platforms,
            String caption,
            List<String> tags,
            boolean submit) {}

    private static final List<Demo> DEMOS = List.of(
            new Demo(
                    "Morning light ritual",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                    "Ten quiet minutes in the light, every morning. How do you start your day?",
                    List.of("morningroutine", "wellbeing"),
                    true),
            new Demo(
                    "Sleep claim (needs a fix)",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM),
                    "Ten minutes of this light cures insomnia. Book your session today!",
                    List.of("sleep"),
                    false),
            new Demo(
                    "Founder story, part 1",
                    ContentType.THREAD,
                    List.of(Platform.TWITTER, Platform.LINKEDIN),
                    "How a small idea about light and rest became a studio.\n---\nWe started with one room"
                            + " and a lot of questions.\n---\nToday we share what we learned, slowly.",
                    List.of(),
                    true),
            new Demo(
                    "Studio tour",
                    ContentType.STORY,
                    List.of(Platform.INSTAGRAM, Platform.FACEBOOK),
                    "A look inside the studio: soft chairs, warm light, no phones.",
                    List.of("studio"),
                    true),
            new Demo(
                    "Five calm habits",
                    ContentType.CAROUSEL,
                    List.of(Platform.INSTAGRAM, Platform.LINKEDIN),
                    "Five small habits for a calmer week. Swipe through and save the one you will try first.",
                    List.of("calm", "habits"),
                    true),
            new Demo(
                    "Quote: rest",
                    ContentType.QUOTE,
                    List.of(Platform.INSTAGRAM, Platform.FACEBOOK),
                    "\"Rest is not a reward. It is a rhythm.\"",
                    List.of("quote"),
                    true),
            new Demo(
                    "Doctor endorsement (needs a fix)",
                    ContentType.REEL,
                    List.of(Platform.TIKTOK, Platform.YOUTUBE),
                    "Doctors recommend our sessions for everyone. Guaranteed results in one week.",
                    List.of(),
                    false),
            new Demo(
                    "Q&A with the team",
                    ContentType.STORY,
                    List.of(Platform.INSTAGRAM),
                    "Questions about your first visit? Ask us anything in the box below.",
                    List.of("qanda"),
                    false),
            new Demo(
                    "Weekend hours",
                    ContentType.QUOTE,
                    List.of(Platform.FACEBOOK, Platform.LINKEDIN),
                    "We are open Saturday 9-15 this month. Walk-ins welcome when a room is free.",
                    List.of(),
                    true),
            new Demo(
                    "Pain relief claim (needs a fix)",
                    ContentType.CAROUSEL,
                    List.of(Platform.INSTAGRAM),
                    "Our light sessions heal chronic pain and treat anxiety without medication.",
                    List.of("pain"),
                    false),
            new Demo(
                    "Behind the scenes video",
                    ContentType.REEL,
                    List.of(Platform.YOUTUBE, Platform.TIKTOK),
                    "How we set up a session room: lights, sound, and a cup of tea.",
                    List.of("behindthescenes"),
                    true),
            new Demo(
                    "Thread: what to expect",
                    ContentType.THREAD,
                    List.of(Platform.TWITTER),
                    "First visit? Here is what to expect, step by step. You arrive, you sit, you breathe. Our"
                            + " team explains the room and answers questions. Then it is quiet for half an hour."
                            + " Afterwards there is tea and time to talk, if you like. Nothing is sold to you at"
                            + " the desk, and there is no pressure to book again.",
                    List.of(),
                    false));

    /** Creates the demo items when the library holds none; returns how many it created. */
    int seedIfEmpty() {
        if (services.library().count(ContentQuery.all()) > 0) {
            return 0;
        }
        int created = 0;
        for (Demo demo : DEMOS) {
            ContentBody body = new ContentBody(
                    demo.title(),
                    MARK,
                    demo.type(),
                    demo.platforms(),
                    demo.caption(),
                    "",
                    demo.tags(),
                    List.of(),
                    Map.of());
            ContentItem draft = services.createDraft()
                    .create(new CreateDraft.Command(services.user(), body))
                    .orThrow();
            created++;
            if (demo.submit()) {
                Outcome<SubmitForReview.Submitted> submitted = submitForReview.submit(
                        new SubmitForReview.Command(services.user(), draft.id(), draft.version(), List.of()));
                if (submitted instanceof Outcome.Refused<SubmitForReview.Submitted> refused) {
                    log.info("Demo item \"{}\" stays a draft: {}", demo.title(), refused.message());
                }
            }
        }
        log.info("Seeded the demo workspace with {} items", created);
        return created;
    }
}
