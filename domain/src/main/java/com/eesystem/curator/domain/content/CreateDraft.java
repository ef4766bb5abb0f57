package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/** An editor starts a new piece of content. */
public final class CreateDraft {

    private final ContentLibrary library;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;
    private final Supplier<ContentId> ids;

    public CreateDraft(
            ContentLibrary library, AuditLog audit, PermissionPolicy policy, Clock clock, Supplier<ContentId> ids) {
        this.library = Invariants.notNull("library", library);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
        this.ids = Invariants.notNull("ids", ids);
    }

    public record Command(User actor, ContentBody body) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("body", body);
        }
    }

    public Outcome<ContentItem> create(Command command) {
        var denied = policy.check(command.actor(), Permission.CREATE_DRAFT);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        Instant now = clock.instant();
        ContentItem draft = ContentItem.draft(ids.get(), command.actor().id(), command.body(), now);
        return switch (library.save(draft)) {
            case ContentSave.VersionConflict conflict -> new Outcome.Conflict<>(conflict.message());
            case ContentSave.Saved saved -> {
                audit.append(new AuditRecord(
                        now,
                        command.actor().id(),
                        "content.created",
                        "content:" + draft.id(),
                        Map.of(
                                "title",
                                draft.title(),
                                "content_type",
                                draft.body().contentType().storedValue())));
                yield Outcome.done(saved.item());
            }
        };
    }
}
