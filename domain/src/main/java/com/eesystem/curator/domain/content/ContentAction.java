package com.eesystem.curator.domain.content;

/** What can happen to a content item; {@link ContentLifecycle} says from which states. */
public enum ContentAction {
    EDIT("edit"),
    SUBMIT("submit for review"),
    APPROVE("approve"),
    REJECT("reject"),
    REQUEST_CHANGES("request changes"),
    SCHEDULE("schedule"),
    UNSCHEDULE("unschedule"),
    PUBLISH("publish"),
    RECORD_METRICS("record metrics"),
    ARCHIVE("archive");

    private final String words;

    ContentAction(String words) {
        this.words = words;
    }

    /** The action in plain words, for messages. */
    public String words() {
        return words;
    }
}
