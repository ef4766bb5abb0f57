package com.eesystem.curator.domain.user;

import static com.eesystem.curator.domain.user.Permission.*;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.Refusal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which role may do what, as a table. The use cases ask it before doing anything, so the command line and
 * any other caller meet the same rules as the UI.
 */
public record PermissionPolicy(Map<Role, Set<Permission>> grants) {

    public PermissionPolicy {
        Invariants.notNull("grants", grants);
        Map<Role, Set<Permission>> copy = new EnumMap<>(Role.class);
        grants.forEach((role, permissions) -> copy.put(
                Invariants.notNull("role", role),
                permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions))));
        grants = Map.copyOf(copy);
    }

    /**
     * Editors write, submit, schedule and record publications; reviewers decide and may override checks
     * with a reason; admins may do everything. Everyone may search the brand library.
     */
    public static PermissionPolicy standard() {
        return new PermissionPolicy(Map.of(
                Role.EDITOR,
                EnumSet.of(
                        CREATE_DRAFT,
                        EDIT_CONTENT,
                        SUBMIT_FOR_REVIEW,
                        SCHEDULE,
                        RECORD_PUBLICATION,
                        ARCHIVE,
                        SEARCH_BRAND_LIBRARY,
                        MANAGE_TEMPLATES),
                Role.REVIEWER,
                EnumSet.of(DECIDE_REVIEW, OVERRIDE_CHECK, SEARCH_BRAND_LIBRARY, READ_AUDIT),
                Role.ADMIN,
                EnumSet.allOf(Permission.class)));
    }

    public boolean allows(User user, Permission permission) {
        return user.roles().stream()
                .anyMatch(role -> grants.getOrDefault(role, Set.of()).contains(permission));
    }

    /** Empty when allowed; otherwise the refusal naming the user and what they may not do. */
    public Optional<Denied> check(User user, Permission permission) {
        Invariants.notNull("user", user);
        return allows(user, permission) ? Optional.empty() : Optional.of(new Denied(user, permission));
    }

    /** The user's roles do not grant the permission. */
    public record Denied(User user, Permission permission) implements Refusal {
        @Override
        public String code() {
            return "permission_denied";
        }

        @Override
        public String message() {
            return "permission: " + user.displayName() + " ("
                    + user.roles().stream()
                            .map(Role::storedValue)
                            .sorted()
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("") + ") may not " + permission.words();
        }
    }
}
