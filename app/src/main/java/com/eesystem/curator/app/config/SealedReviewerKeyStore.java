package com.eesystem.curator.app.config;

import com.eesystem.curator.domain.review.DecisionSigner;
import com.eesystem.curator.domain.review.ReviewSignature;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.ReviewerKeys;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Each local reviewer's Ed25519 key pair, one file per profile in {@code <data dir>/keys/reviewers/}
 * (owner-only, like the connection key). The private key is never on disk in plain text: its PKCS#8
 * encoding is sealed with AES-256-GCM under the data dir's {@link ConfigKey} (keys/connections.key),
 * with {@code reviewer_key:<user id>} as associated data so a sealed key cannot be moved to another
 * profile's file unnoticed. The threat model is the connection config's (docs/operations.md): the files
 * are safe when they travel alone, not against someone who can read the whole key folder.
 *
 * <p>A reviewer's pair is made on their first decision at this desktop; its public key is then registered
 * with the profile and published to the team ({@code register}), so every desktop can verify the
 * decisions signed with it.
 */
public final class SealedReviewerKeyStore implements DecisionSigner {

    static final String FOLDER = "reviewers";

    private final Path keys;
    private final Path folder;
    private final ReviewerKeys registered;
    private final BiConsumer<UserId, PublicKey> register;

    /**
     * @param keys the data dir's key folder ({@code DataDirectory.keys()})
     * @param registered the public keys registered on this desktop
     * @param register registers a public key with the profile and publishes it (the local store's
     *     {@code registerReviewerKey})
     */
    public SealedReviewerKeyStore(Path keys, ReviewerKeys registered, BiConsumer<UserId, PublicKey> register) {
        this.keys = keys;
        this.folder = keys.resolve(FOLDER);
        this.registered = registered;
        this.register = register;
    }

    /** The file that holds the reviewer's key pair. */
    public Path fileOf(UserId reviewer) {
        return folder.resolve(reviewer + ".key");
    }

    /**
     * Signs with the reviewer's private key, making their key pair first when there is none. A public key
     * not registered here yet (a new pair, or one made while the registration failed) is registered and
     * published before the signature is returned, so the decision verifies wherever it goes.
     */
    @Override
    public synchronized Optional<ReviewSignature> sign(UserId reviewer, byte[] canonicalForm) {
        Path file = fileOf(reviewer);
        if (!Files.exists(file)) {
            create(reviewer, file);
        }
        JsonNode stored = read(file);
        PublicKey publicKey = decodePublic(file, stored.path("public_key").asText());
        if (!registered.publicKeysOf(reviewer).contains(publicKey)) {
            register.accept(reviewer, publicKey);
        }
        PrivateKey key = privateKey(reviewer, file, stored);
        try {
            Signature signer = Signature.getInstance(ReviewSignatures.ALGORITHM);
            signer.initSign(key);
            signer.update(canonicalForm);
            return Optional.of(new ReviewSignature(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every Java runtime since 15", e);
        }
    }

    private PrivateKey privateKey(UserId reviewer, Path file, JsonNode stored) {
        String pkcs8;
        try {
            pkcs8 = ConfigKey.loadOrCreate(keys)
                    .open(field(reviewer), stored.path("private_key").asText());
        } catch (ConnectionConfigException e) {
            throw new IllegalStateException(
                    file + ": the private key of reviewer " + reviewer + " cannot be opened with keys/"
                            + ConfigKey.FILE_NAME + " (the key folder was replaced or the file edited); delete "
                            + file.getFileName() + " to make a new key pair (decisions signed before stay verifiable)",
                    e);
        }
        try {
            return KeyFactory.getInstance(ReviewSignatures.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": private_key is not an Ed25519 key (" + e.getMessage() + ")", e);
        }
    }

    /** Makes the pair, seals the private key and writes the file (owner-only). */
    private void create(UserId reviewer, Path file) {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ReviewSignatures.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every Java runtime since 15", e);
        }
        ConfigKey sealing = ConfigKey.loadOrCreate(keys);
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("reviewer_id", reviewer.toString());
        stored.put("algorithm", ReviewSignatures.ALGORITHM);
        stored.put(
                "public_key",
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        stored.put(
                "private_key",
                sealing.seal(
                        field(reviewer),
                        Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())));
        try {
            ConfigKey.writeOwnerOnly(folder, file, JsonCodec.instance().write(stored) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(file + ": the reviewer's key cannot be written: " + e, e);
        }
    }

    private static String field(UserId reviewer) {
        return "reviewer_key:" + reviewer;
    }

    private static JsonNode read(Path file) {
        try {
            return JsonCodec.instance().tree(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(file + ": the reviewer's key cannot be read: " + e, e);
        } catch (JsonCodec.JsonCodecException e) {
            throw new IllegalStateException(file + ": is not a reviewer key file (" + e.getMessage() + ")", e);
        }
    }

    private static PublicKey decodePublic(Path file, String base64) {
        try {
            return KeyFactory.getInstance(ReviewSignatures.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": public_key is not an Ed25519 key (" + e.getMessage() + ")", e);
        }
    }
}
