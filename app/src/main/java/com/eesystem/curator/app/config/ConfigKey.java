package com.eesystem.curator.app.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data dir's key for the secrets in the connection config: 256 random bits in
 * {@code <data dir>/keys/connections.key}, readable by the owner only (0600 in a 0700 folder). Each
 * secret is sealed with AES-256-GCM under a fresh 96-bit nonce, and the name of its field is the
 * associated data, so a sealed token cannot be moved into another field unnoticed. The threat model is
 * in docs/operations.md ("Connection config"): the key protects the config file when it travels alone
 * (a copied folder, a support bundle, a screenshot), not against someone who can read the user's files.
 */
final class ConfigKey {

    static final String FILE_NAME = "connections.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PREFIX = "aesgcm:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private ConfigKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Reads the key in {@code keys}, creating it (owner-only) when there is none. */
    static ConfigKey loadOrCreate(Path keys) {
        Path file = keys.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(keys, file);
            }
            byte[] raw = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (raw.length != KEY_BYTES) {
                throw new ConnectionConfigException(
                        file + ": holds " + raw.length + " bytes, a connection key has " + KEY_BYTES);
            }
            return new ConfigKey(raw);
        } catch (IllegalArgumentException e) {
            throw new ConnectionConfigException(file + ": is not a base64 key (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ConnectionConfigException(file + ": cannot be read or created: " + e, e);
        }
    }

    private static void create(Path keys, Path file) throws IOException {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        writeOwnerOnly(keys, file, Base64.getEncoder().encodeToString(raw) + "\n");
    }

    /**
     * Writes {@code text} to {@code file} in {@code folder}, readable by the owner only (0600 in a 0700
     * folder) from the first byte; keeps an existing file (another Curator process wrote it first).
     */
    static void writeOwnerOnly(Path folder, Path file, String text) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } else {
            // Windows: the folder inherits the ACL of the user's profile, which only the user can read
            Files.createDirectories(folder);
        }
        // written to a private temporary file first, so the content never exists with wider permissions
        Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
        try {
            if (posix) {
                Files.setPosixFilePermissions(
                        partial, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }
            Files.writeString(partial, text, StandardCharsets.US_ASCII);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // another Curator process created it first: theirs wins, ours is dropped
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Seals {@code plain} for the field {@code field}; the result is safe to write to disk. */
    String seal(String field, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** Opens what {@link #seal} wrote for {@code field}; fails naming the field when it does not open. */
    String open(String field, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new ConnectionConfigException(field + ": is not a sealed secret (expected " + PREFIX + "...)");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (bytes.length <= NONCE_BYTES) {
                throw new ConnectionConfigException(field + ": sealed secret is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new ConnectionConfigException(
                    field
                            + ": cannot be decrypted with keys/" + FILE_NAME
                            + " (the key was replaced, or the value edited); save the connection again",
                    e);
        } catch (IllegalArgumentException e) {
            throw new ConnectionConfigException(field + ": sealed secret is not base64", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }
}
