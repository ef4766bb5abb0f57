package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An admin adds or edits a brand guideline in the brand library. Guidelines are compliance rules (the
 * brand_voice check applies them), so a saved change is announced to {@link GuidelinesChanged}, which
 * re-checks the drafts the old rules were applied to.
 */
public final class SaveBrandGuideline {

    private final BrandGuidelines guidelines;
    private final PermissionPolicy policy;
    private final Clock clock;
    private final GuidelinesChanged changed;

    public SaveBrandGuideline(
            BrandGuidelines guidelines, PermissionPolicy policy, Clock clock, GuidelinesChanged changed) {
        this.guidelines = Invariants.notNull("guidelines", guidelines);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
        this.changed = Invariants.notNull("changed", changed);
    }

    /**
     * What the admin entered. {@code id} empty: a new guideline. Lists hold one requirement or restriction
     * per entry; blank entries are dropped.
     */
    public record Command(
            User actor,
            Optional<GuidelineId> id,
            GuidelineType guidelineType,
            GuidelineCategory category,
            String title,
            String description,
            List<String> requirements,
            List<String> restrictions,
            String examples,
            SeverityLevel severityLevel,
            List<Platform> platforms) {

        public Command {
            Invariants.notNull("actor", actor);
            id = id == null ? Optional.empty() : id;
            requirements = Invariants.listOf("requirements", requirements).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            restrictions = Invariants.listOf("restrictions", restrictions).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            platforms = Invariants.listOf("platforms", platforms);
        }
    }

    /** The entered values break a rule of the brand_guidelines row (a blank title, a missing severity). */
    public record Invalid(String message) implements Refusal {
        @Override
        public String code() {
            return "invalid_guideline";
        }
    }

    public Outcome<BrandGuideline> save(Command command) {
        if (!policy.allows(command.actor(), Permission.MANAGE_BRAND_LIBRARY)) {
            return Outcome.refused(new PermissionPolicy.Denied(command.actor(), Permission.MANAGE_BRAND_LIBRARY));
        }
        Instant now = clock.instant();
        Optional<BrandGuideline> existing = command.id().flatMap(guidelines::find);
        if (command.id().isPresent() && existing.isEmpty()) {
            return Outcome.refused(
                    new NotFound("brand guideline", command.id().get().toString()));
        }
        BrandGuideline guideline;
        try {
            guideline = new BrandGuideline(
                    command.id().orElseGet(GuidelineId::random),
                    command.guidelineType(),
                    command.category(),
                    command.title(),
                    command.description(),
                    command.requirements(),
                    command.restrictions(),
                    command.examples(),
                    command.severityLevel(),
                    command.platforms(),
                    existing.map(BrandGuideline::createdAt).orElse(now),
                    // a clock behind the stored creation time must not make the row invalid
                    existing.map(BrandGuideline::createdAt)
                            .filter(created -> created.isAfter(now))
                            .orElse(now));
        } catch (IllegalArgumentException e) {
            return Outcome.refused(new Invalid(e.getMessage()));
        }
        guidelines.save(guideline);
        changed.changed(guidelines.all());
        return Outcome.done(guideline);
    }
}
