package com.eesystem.curator.ui.shell;

import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserProfiles;
import com.eesystem.curator.ui.page.PageFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who works in the window: the local profiles to choose from at start and the pages built for the
 * chosen one. The choice is remembered as a preference of the OS account ({@link #LAST_PROFILE_KEY}),
 * so the next start goes straight in; File › Switch user comes back to the choice, where a new
 * profile with its role is added.
 *
 * @param profiles where a new profile is added (called on the background executor)
 * @param known the profiles as read before the window opened, off the FX thread
 * @param pagesFor the pages for one person, acting as them (their role decides what the pages offer)
 */
public record ProfileChoice(UserProfiles profiles, List<User> known, Function<User, List<PageFactory>> pagesFor) {

    /** The preference (of the OS account's user_preferences) naming the last chosen profile's id. */
    public static final String LAST_PROFILE_KEY = "ui.shell.profile";

    public ProfileChoice {
        Objects.requireNonNull(profiles, "profiles");
        known = List.copyOf(known);
        Objects.requireNonNull(pagesFor, "pagesFor");
    }

    /**
     * Whom the window opens as without asking: the profile chosen last time when it still exists, else
     * the only profile when there is just one (nothing to choose). Empty: the window asks.
     */
    public Optional<User> startAs(Map<String, String> remembered) {
        String id = remembered.get(LAST_PROFILE_KEY);
        Optional<User> last = id == null
                ? Optional.empty()
                : known.stream().filter(user -> user.id().toString().equals(id)).findFirst();
        return last.isPresent() || known.size() != 1 ? last : Optional.of(known.getFirst());
    }
}
