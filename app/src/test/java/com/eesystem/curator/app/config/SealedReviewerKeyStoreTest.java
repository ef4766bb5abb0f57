package com.eesystem.curator.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.review.ReviewSignature;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewer key pairs on a real data dir and local store: sealed on disk, registered, published, used to sign. */
class SealedReviewerKeyStoreTest {

    private static final byte[] FORM = "curator-review-decision/2\n4:test\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    LocalStore store;
    SealedReviewerKeyStore keyStore;
    User rita = User.of(UserId.random(), "Rita Reviewer", Role.REVIEWER);
    User sam = User.of(UserId.random(), "Sam Reviewer", Role.REVIEWER);

    @BeforeEach
    void open() {
        store = LocalStore.open(
                LocalStoreSettings.defaults(dataDir.resolve("curator.db"), dataDir.resolve("backups")),
                Clock.systemUTC());
        store.userProfiles().add(rita);
        store.userProfiles().add(sam);
        keyStore =
                new SealedReviewerKeyStore(dataDir.resolve("keys"), store.reviewerKeys(), store::registerReviewerKey);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFirstSignatureMakesRegistersAndPublishesTheReviewersKey() throws Exception {
        ReviewSignature signature = keyStore.sign(rita.id(), FORM).orElseThrow();

        PublicKey registered = store.reviewerKeys().publicKeyOf(rita.id()).orElseThrow();
        assertThat(verifies(registered, FORM, signature)).isTrue();
        assertThat(store.outbox().pending(10)).singleElement().satisfies(entry -> {
            assertThat(entry.entityType()).isEqualTo("reviewer_keys");
            assertThat(entry.entityId()).startsWith(rita.id() + ":");
            assertThat(entry.payloadJson()).contains(Base64.getEncoder().encodeToString(registered.getEncoded()));
        });
        // the second decision uses the same key and publishes nothing more
        ReviewSignature second = keyStore.sign(rita.id(), FORM).orElseThrow();
        assertThat(verifies(registered, FORM, second)).isTrue();
        assertThat(store.outbox().pending(10)).hasSize(1);
    }

    @Test
    void thePrivateKeyFileIsOwnerOnlyAndHoldsNoPlainKeyMaterial() throws Exception {
        keyStore.sign(rita.id(), FORM);
        Path file = keyStore.fileOf(rita.id());
        String text = Files.readString(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        String sealed = JsonCodec.instance().tree(text).path("private_key").asText();
        assertThat(sealed).startsWith("aesgcm:");
        // what the seal holds is the PKCS#8 key; none of its encodings appears in the file
        byte[] pkcs8 = Base64.getDecoder()
                .decode(ConfigKey.loadOrCreate(dataDir.resolve("keys")).open("reviewer_key:" + rita.id(), sealed));
        KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        byte[] seed = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        assertThat(text)
                .doesNotContain(Base64.getEncoder().encodeToString(pkcs8))
                .doesNotContain(Base64.getEncoder().encodeToString(seed))
                .doesNotContain(HexFormat.of().formatHex(seed));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(seed, StandardCharsets.ISO_8859_1));
        byte[] sealedBytes = Base64.getDecoder().decode(sealed.substring("aesgcm:".length()));
        assertThatThrownBy(
                        () -> KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(sealedBytes)))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aKeyFileCopiedOverAnotherReviewersDoesNotOpen() throws Exception {
        keyStore.sign(rita.id(), FORM);
        keyStore.sign(sam.id(), FORM);
        Files.copy(
                keyStore.fileOf(rita.id()),
                keyStore.fileOf(sam.id()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> keyStore.sign(sam.id(), FORM))
                .hasMessageContaining(keyStore.fileOf(sam.id()).toString())
                .hasMessageContaining("cannot be opened with keys/connections.key");
    }

    @Test
    void everyReviewerHasTheirOwnKey() throws Exception {
        ReviewSignature ritas = keyStore.sign(rita.id(), FORM).orElseThrow();

        assertThat(verifies(store.reviewerKeys().publicKeyOf(sam.id()).orElse(null), FORM, ritas))
                .isFalse();
        keyStore.sign(sam.id(), FORM);
        assertThat(verifies(store.reviewerKeys().publicKeyOf(sam.id()).orElseThrow(), FORM, ritas))
                .isFalse();
    }

    private static boolean verifies(PublicKey key, byte[] form, ReviewSignature signature) throws Exception {
        if (key == null) {
            return false;
        }
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(form);
        return verifier.verify(signature.bytes());
    }
}
