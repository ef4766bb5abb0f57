package com.eesystem.curator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.domain.user.UserProfiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whom the window opens as without asking. */
class ProfileChoiceTest {

    /** Never called: choosing whom to open as reads only the profiles read before the window. */
    private static final UserProfiles UNUSED = new UserProfiles() {
        @Override
        public List<User> all() {
            throw new AssertionError("not used");
        }

        @Override
        public Optional<User> find(UserId id) {
            throw new AssertionError("not used");
        }

        @Override
        public ProfileAdded add(User user) {
            throw new AssertionError("not used");
        }
    };

    final User eve = User.of(UserId.random(), "Eve", Role.EDITOR);
    final User rita = User.of(UserId.random(), "Rita", Role.REVIEWER);

    private ProfileChoice choiceOf(User... known) {
        return new ProfileChoice(UNUSED, List.of(known), user -> List.of());
    }

    private static Map<String, String> remembering(User user) {
        return Map.of(ProfileChoice.LAST_PROFILE_KEY, user.id().toString());
    }

    @Test
    void theRememberedProfileOpensWithoutAsking() {
        assertThat(choiceOf(eve, rita).startAs(remembering(rita))).contains(rita);
    }

    @Test
    void severalProfilesAndNoneRememberedAsk() {
        assertThat(choiceOf(eve, rita).startAs(Map.of())).isEmpty();
    }

    @Test
    void aRememberedProfileThatIsGoneAsksAgain() {
        User gone = User.of(UserId.random(), "Gone", Role.ADMIN);

        assertThat(choiceOf(eve, rita).startAs(remembering(gone))).isEmpty();
    }

    @Test
    void theOnlyProfileOpensWithoutAskingAndNoProfileAsks() {
        assertThat(choiceOf(eve).startAs(Map.of())).contains(eve);
        assertThat(choiceOf().startAs(Map.of())).isEmpty();
    }
}
