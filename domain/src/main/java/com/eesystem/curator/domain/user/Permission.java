package com.eesystem.curator.domain.user;

/** Something a use case lets only some roles do. */
public enum Permission {
    CREATE_DRAFT("create drafts"),
    EDIT_CONTENT("edit content"),
    SUBMIT_FOR_REVIEW("submit content for review"),
    DECIDE_REVIEW("approve, reject or request changes"),
    OVERRIDE_CHECK("override a compliance check"),
    SCHEDULE("schedule, reschedule or cancel publications"),
    RECORD_PUBLICATION("record publication results"),
    ARCHIVE("archive content"),
    SEARCH_BRAND_LIBRARY("search the brand library"),
    MANAGE_BRAND_LIBRARY("change brand guidelines and knowledge"),
    MANAGE_TEMPLATES("change content templates"),
    READ_AUDIT("read and export the audit log"),
    MANAGE_USERS("manage users and roles");

    private final String words;

    Permission(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
