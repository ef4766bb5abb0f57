package com.eesystem.curator.ui.settings;

import java.util.Objects;

/**
 * The saved connection as the Settings page shows it: everything but the secrets, and whether each
 * secret is saved.
 */
public record SavedConnection(
        ConnectionForm withoutSecrets, boolean tokenSaved, boolean passwordSaved, boolean redisPasswordSaved) {

    public SavedConnection {
        Objects.requireNonNull(withoutSecrets, "withoutSecrets");
        if (!withoutSecrets.token().isEmpty()
                || !withoutSecrets.password().isEmpty()
                || !withoutSecrets.redisPassword().isEmpty()) {
            throw new IllegalArgumentException("withoutSecrets: carries a secret; the page never receives one");
        }
    }

    public static SavedConnection nothing() {
        return new SavedConnection(ConnectionForm.empty(), false, false, false);
    }
}
