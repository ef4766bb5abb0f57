package com.eesystem.curator.app;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.domain.user.UserProfiles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The local profiles, with every added profile in the audit trail: who may approve is as much a fact
 * for an auditor as what was approved. The new person is the actor (profiles are added at the start
 * choice, before anyone else is signed in).
 */
final class AuditedUserProfiles implements UserProfiles {

    private final UserProfiles profiles;
    private final AuditLog audit;
    private final Clock clock;

    AuditedUserProfiles(UserProfiles profiles, AuditLog audit, Clock clock) {
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<User> all() {
        return profiles.all();
    }

    @Override
    public Optional<User> find(UserId id) {
        return profiles.find(id);
    }

    @Override
    public ProfileAdded add(User user) {
        ProfileAdded added = profiles.add(user);
        if (added instanceof ProfileAdded.Added) {
            audit.append(new AuditRecord(
                    clock.instant(),
                    user.id(),
                    "profile.added",
                    "user:" + user.id(),
                    Map.of(
                            "display_name",
                            user.displayName(),
                            "role",
                            user.roles().stream()
                                    .map(Role::storedValue)
                                    .sorted()
                                    .collect(Collectors.joining(",")))));
        }
        return added;
    }
}
