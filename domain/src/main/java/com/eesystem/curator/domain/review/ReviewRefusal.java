package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.user.UserId;

/** Why a review decision was not accepted, beyond the content lifecycle's own refusals. */
public sealed interface ReviewRefusal extends Refusal {

    /** A decision is made by the person who submits it, never on someone else's behalf. */
    record NotTheReviewer(UserId actor, UserId reviewer) implements ReviewRefusal {
        @Override
        public String code() {
            return "not_the_reviewer";
        }

        @Override
        public String message() {
            return "reviewer_id: decision names " + reviewer + " but was submitted by " + actor;
        }
    }

    record BadSignature(String reason) implements ReviewRefusal {
        @Override
        public String code() {
            return "bad_signature";
        }

        @Override
        public String message() {
            return "signature: " + reason;
        }
    }

    record SignatureRequired(UserId reviewer) implements ReviewRefusal {
        @Override
        public String code() {
            return "signature_required";
        }

        @Override
        public String message() {
            return "signature: decisions of " + reviewer + " must be signed with the reviewer's key";
        }
    }

    /** A signed decision names a body digest that is not the item's body now: it was made on other content. */
    record ContentChanged(ContentDigest decidedOn, ContentDigest current) implements ReviewRefusal {
        @Override
        public String code() {
            return "content_changed";
        }

        @Override
        public String message() {
            return "content_digest: the decision was made on content " + decidedOn + ", the item is now " + current;
        }
    }
}
