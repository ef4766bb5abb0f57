package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.review.ReviewChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small real checker for use-case tests until helper compliance's rule engine is merged: disease words
 * fail the medical-claim check at critical severity, "guaranteed" warns the legal check, "buy now" needs a
 * manual brand-voice review. Results are recorded per revision like compliance_checks rows.
 */
public final class WordListReviewChecks implements ReviewChecks {

    private final Map<ContentId, List<CheckOutcome>> recorded = new HashMap<>();
    private int runs;

    @Override
    public synchronized List<CheckOutcome> run(ContentItem item) {
        runs++;
        String text = (item.body().title() + " " + item.body().caption() + " "
                        + item.body().scriptContent())
                .toLowerCase(Locale.ROOT);
        long revision = item.revision();
        List<CheckOutcome> outcomes = List.of(
                text.matches("(?s).*\\b(cures?|heals?|treats?)\\b.*")
                        ? new CheckOutcome(
                                CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL, revision)
                        : new CheckOutcome(
                                CheckType.MEDICAL_CLAIM, CheckResult.PASSED, SeverityLevel.PREFERRED, revision),
                text.contains("buy now")
                        ? new CheckOutcome(
                                CheckType.BRAND_VOICE, CheckResult.MANUAL_REVIEW, SeverityLevel.IMPORTANT, revision)
                        : new CheckOutcome(
                                CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED, revision),
                text.contains("guaranteed")
                        ? new CheckOutcome(
                                CheckType.LEGAL_REVIEW, CheckResult.WARNING, SeverityLevel.PREFERRED, revision)
                        : new CheckOutcome(
                                CheckType.LEGAL_REVIEW, CheckResult.PASSED, SeverityLevel.PREFERRED, revision));
        recorded.computeIfAbsent(item.id(), id -> new ArrayList<>()).addAll(outcomes);
        return outcomes;
    }

    @Override
    public synchronized List<CheckOutcome> outcomesOf(ContentItem item) {
        return recorded.getOrDefault(item.id(), List.of()).stream()
                .filter(o -> o.revision() == item.revision())
                .toList();
    }

    public synchronized int runs() {
        return runs;
    }
}
