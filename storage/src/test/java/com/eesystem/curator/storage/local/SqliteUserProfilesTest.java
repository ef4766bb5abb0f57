package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.domain.user.UserProfiles;
import com.eesystem.curator.domain.user.UserProfiles.ProfileAdded;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.SQLException;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteUserProfilesTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    UserProfiles profiles;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        profiles = store.userProfiles();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void profilesAreListedByNameAndFoundAfterAReopen() {
        User rita = User.of(UserId.random(), "rita", Role.REVIEWER);
        User ed = User.of(UserId.random(), "Ed", Role.EDITOR);
        User ana = User.of(UserId.random(), "Ana Admin", Role.ADMIN);
        for (User user : new User[] {rita, ed, ana}) {
            assertThat(profiles.add(user)).isEqualTo(new ProfileAdded.Added(user));
        }
        store.close();
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);

        assertThat(store.userProfiles().all()).containsExactly(ana, ed, rita);
        assertThat(store.userProfiles().find(rita.id())).contains(rita);
        assertThat(store.userProfiles().find(UserId.random())).isEmpty();
    }

    @Test
    void aNameIsTakenWhateverItsCase() {
        profiles.add(User.of(UserId.random(), "Ana", Role.EDITOR));

        ProfileAdded second = profiles.add(User.of(UserId.random(), "ANA", Role.REVIEWER));

        assertThat(second)
                .isInstanceOfSatisfying(
                        ProfileAdded.NameTaken.class,
                        taken -> assertThat(taken.message())
                                .isEqualTo("display_name: \"ANA\" is already a profile on this computer"));
        assertThat(profiles.all()).hasSize(1);
    }

    @Test
    void aProfileHoldsOneRole() {
        User both = new User(UserId.random(), "Both", EnumSet.of(Role.EDITOR, Role.REVIEWER));

        assertThatThrownBy(() -> profiles.add(both)).hasMessageStartingWith("roles: a local profile holds one role");
    }

    @Test
    void aReviewerKeyIsRegisteredOnlyForAProfile() throws Exception {
        User rita = User.of(UserId.random(), "Rita", Role.REVIEWER);
        profiles.add(rita);
        var key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();

        assertThat(store.reviewerKeys().publicKeyOf(rita.id())).isEmpty();
        store.registerReviewerKey(rita.id(), key);
        assertThat(store.reviewerKeys().publicKeyOf(rita.id())).contains(key);
        assertThatThrownBy(() -> store.registerReviewerKey(UserId.random(), key))
                .hasMessageContaining("has no profile on this computer");
    }

    @Test
    void anUnknownRoleInTheFileIsRefusedByTheTable() {
        assertThatThrownBy(() -> LocalStoreFixture.execute(
                        store.settings().database(),
                        "INSERT INTO user_profiles (id, display_name, role) VALUES ('x', 'X', 'owner')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CHECK constraint failed");
    }
}
