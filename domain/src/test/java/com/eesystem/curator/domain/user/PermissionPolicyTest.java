package com.eesystem.curator.domain.user;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PermissionPolicyTest {

    final PermissionPolicy policy = PermissionPolicy.standard();

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(EDITOR, Permission.CREATE_DRAFT, true),
                Arguments.of(EDITOR, Permission.EDIT_CONTENT, true),
                Arguments.of(EDITOR, Permission.SUBMIT_FOR_REVIEW, true),
                Arguments.of(EDITOR, Permission.SCHEDULE, true),
                Arguments.of(EDITOR, Permission.DECIDE_REVIEW, false),
                Arguments.of(EDITOR, Permission.OVERRIDE_CHECK, false),
                Arguments.of(EDITOR, Permission.READ_AUDIT, false),
                Arguments.of(REVIEWER, Permission.DECIDE_REVIEW, true),
                Arguments.of(REVIEWER, Permission.OVERRIDE_CHECK, true),
                Arguments.of(REVIEWER, Permission.CREATE_DRAFT, false),
                Arguments.of(REVIEWER, Permission.SCHEDULE, false),
                Arguments.of(REVIEWER, Permission.SEARCH_BRAND_LIBRARY, true),
                Arguments.of(EDITOR_AND_REVIEWER, Permission.CREATE_DRAFT, true),
                Arguments.of(EDITOR_AND_REVIEWER, Permission.DECIDE_REVIEW, true));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("table")
    void rolesGrantWhatTheTableSays(User user, Permission permission, boolean allowed) {
        assertThat(policy.allows(user, permission)).isEqualTo(allowed);
        assertThat(policy.check(user, permission).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void adminsMayDoEverything(Permission permission) {
        assertThat(policy.allows(ADMIN, permission)).isTrue();
    }

    @Test
    void aDenialNamesThePersonTheirRolesAndTheAction() {
        assertThat(policy.check(EDITOR, Permission.DECIDE_REVIEW).orElseThrow().message())
                .isEqualTo("permission: Erin Editor (editor) may not approve, reject or request changes");
    }
}
