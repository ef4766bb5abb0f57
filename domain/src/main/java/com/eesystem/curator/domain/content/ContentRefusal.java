package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.user.UserId;

/** Why a content item refused a change. Each rule of the lifecycle has its own type. */
public sealed interface ContentRefusal extends Refusal {

    /** The lifecycle table has no such move from this status. */
    record NotAllowed(ContentStatus from, ContentAction action) implements ContentRefusal {
        @Override
        public String code() {
            return "not_allowed";
        }

        @Override
        public String message() {
            return "status: cannot " + action.words() + " content that is " + from.storedValue();
        }
    }

    /** Four eyes: nobody approves their own content. */
    record ReviewerIsAuthor(UserId reviewer) implements ContentRefusal {
        @Override
        public String code() {
            return "reviewer_is_author";
        }

        @Override
        public String message() {
            return "reviewer: " + reviewer + " is the author and cannot approve their own content";
        }
    }

    /** The reviewer decided on a revision that is no longer current: approval binds to what was read. */
    record StaleRevision(long reviewed, long current) implements ContentRefusal {
        @Override
        public String code() {
            return "stale_revision";
        }

        @Override
        public String message() {
            return "revision: reviewed " + reviewed + " but the content is now at revision " + current;
        }
    }

    /** A required check has no result for the current revision. */
    record CheckMissing(CheckType checkType, long revision) implements ContentRefusal {
        @Override
        public String code() {
            return "check_missing";
        }

        @Override
        public String message() {
            return "check " + checkType.storedValue() + ": has not run on revision " + revision;
        }
    }

    /** A check did not pass and nobody overrode it with a reason. */
    record CheckNotPassed(CheckType checkType, CheckResult result, SeverityLevel severity) implements ContentRefusal {
        @Override
        public String code() {
            return "check_not_passed";
        }

        @Override
        public String message() {
            return "check " + checkType.storedValue() + ": " + result.storedValue() + " (" + severity.storedValue()
                    + ") and not overridden";
        }
    }

    /** An override of a check was given without saying why. */
    record OverrideNeedsReason(CheckType checkType) implements ContentRefusal {
        @Override
        public String code() {
            return "override_needs_reason";
        }

        @Override
        public String message() {
            return "override of " + checkType.storedValue() + ": needs a reason";
        }
    }

    /** Rejecting or requesting changes tells the author what to do. */
    record CommentRequired(ContentAction action) implements ContentRefusal {
        @Override
        public String code() {
            return "comment_required";
        }

        @Override
        public String message() {
            return "comment: required to " + action.words();
        }
    }
}
