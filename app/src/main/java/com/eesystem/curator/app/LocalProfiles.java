package com.eesystem.curator.app;

import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.domain.user.UserProfiles;
import com.eesystem.curator.domain.user.UserProfiles.ProfileAdded;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Finding a local profile by name, for starts that choose none (command line, tests, first window). */
final class LocalProfiles {

    private LocalProfiles() {}

    /**
     * The profile called {@code name} (any case), added with {@code role} when there is none. A new
     * profile's id is derived from the name, so the drafts of a name made before profiles existed stay
     * that person's.
     */
    static User named(UserProfiles profiles, String name, Role role) {
        String displayName = name == null || name.isBlank() ? "local" : name.strip();
        for (User user : profiles.all()) {
            if (user.displayName().equalsIgnoreCase(displayName)) {
                return user;
            }
        }
        UUID id = UUID.nameUUIDFromBytes(("curator-profile:" + displayName).getBytes(StandardCharsets.UTF_8));
        User created = User.of(new UserId(id), displayName, role);
        return switch (profiles.add(created)) {
            case ProfileAdded.Added added -> added.user();
            // another start added it in between: take that one
            case ProfileAdded.NameTaken taken ->
                profiles.all().stream()
                        .filter(user -> user.displayName().equalsIgnoreCase(displayName))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(taken.message()));
        };
    }
}
