package com.eesystem.curator.domain.policy;

/** The thing a command names does not exist (any more). */
public record NotFound(String what, String id) implements Refusal {

    @Override
    public String code() {
        return "not_found";
    }

    @Override
    public String message() {
        return what + ": " + id + " does not exist";
    }
}
