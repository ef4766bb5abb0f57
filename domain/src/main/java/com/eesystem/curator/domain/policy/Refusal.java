package com.eesystem.curator.domain.policy;

/**
 * A reasoned "no" from a rule or a lifecycle: an expected outcome, returned as a value rather than
 * thrown. Each feature has its own sealed family of refusals; this is what they share so a use case
 * can report several at once and the UI can show them in plain language.
 */
public interface Refusal {

    /** A stable, machine-readable name of the rule that refused (e.g. "reviewer_is_author"). */
    String code();

    /** Plain language for people, naming the field and the value where there is one. */
    String message();
}
