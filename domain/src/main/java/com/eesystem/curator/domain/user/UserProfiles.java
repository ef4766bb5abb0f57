package com.eesystem.curator.domain.user;

import java.util.List;
import java.util.Optional;

/**
 * The people who use this desktop, each with one role: chosen at start, so the window offers what the
 * role may do and the use cases act as that person. Profiles are local; they are not synced.
 */
public interface UserProfiles {

    /** Every profile, ordered by display name (ignoring case). */
    List<User> all();

    Optional<User> find(UserId id);

    /** Adds {@code user}, who must hold exactly one role; refused when the display name is taken. */
    ProfileAdded add(User user);

    /** Whether a profile was added. */
    sealed interface ProfileAdded {
        record Added(User user) implements ProfileAdded {}

        /** Display names are unique regardless of case, so the start list never shows two "Ana". */
        record NameTaken(String displayName) implements ProfileAdded {
            public String message() {
                return "display_name: \"" + displayName + "\" is already a profile on this computer";
            }
        }
    }
}
