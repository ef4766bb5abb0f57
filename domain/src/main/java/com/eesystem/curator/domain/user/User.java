package com.eesystem.curator.domain.user;

import com.eesystem.curator.domain.invariant.Invariants;
import java.util.EnumSet;
import java.util.Set;

/** A person acting in Curator, with the roles that decide what the use cases let them do. */
public record User(UserId id, String displayName, Set<Role> roles) {

    public User {
        Invariants.notNull("user_id", id);
        displayName = Invariants.nonBlank("display_name", displayName).strip();
        Invariants.notNull("roles", roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles: user " + displayName + " needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public static User of(UserId id, String displayName, Role first, Role... more) {
        return new User(id, displayName, EnumSet.of(first, more));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
