package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AstraSettingsTest {

    @Test
    void toStringNeverShowsTheTokenOrPasswords() {
        var astra =
                AstraSettings.astra(Path.of("/secure/bundle.zip"), Secret.of("AstraCS:secret-token"), "curator", 1536);
        var self = new AstraSettings.SelfManaged(
                        List.of(new InetSocketAddress("10.0.0.5", 9042)), "dc1", Optional.empty(), Optional.empty())
                .withCredentials(new AstraSettings.Credentials("curator", Secret.of("hunter2-password")))
                .withTls(new AstraSettings.Tls(
                        Path.of("/tls/trust.p12"),
                        Secret.of("trust-pass"),
                        Optional.of(Path.of("/tls/key.p12")),
                        Optional.of(Secret.of("key-pass")),
                        true));

        assertThat(astra.toString()).contains("/secure/bundle.zip", "****").doesNotContain("secret-token");
        assertThat(self.toString())
                .contains("10.0.0.5", "curator", "/tls/trust.p12")
                .doesNotContain("hunter2", "trust-pass", "key-pass");
        assertThat(astra.consistency()).isEqualTo(DefaultConsistencyLevel.LOCAL_QUORUM);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        var bundle = Path.of("b.zip");
        assertThatThrownBy(() -> AstraSettings.astra(bundle, Secret.of("t"), "bad-name", 384))
                .hasMessage("keyspace: \"bad-name\" is not valid (expected letters, digits and _, starting with a"
                        + " letter, at most 48)");
        assertThatThrownBy(() -> AstraSettings.astra(bundle, Secret.of("t"), "curator", 768))
                .hasMessage("vectorDimension: 768 is not valid (expected 1536 or 384)");
        assertThatThrownBy(() -> AstraSettings.selfManaged(List.of(), "dc1", "curator", 384))
                .hasMessageStartingWith("contactPoints: [] is not valid");
        assertThatThrownBy(() -> Secret.of(" ")).hasMessage("secret: is blank");
    }
}
