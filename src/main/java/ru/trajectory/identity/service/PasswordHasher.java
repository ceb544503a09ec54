package ru.trajectory.identity.service;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.enterprise.context.Dependent;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the self-describing form
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (salt and hash in Base64).
 * The parameters travel with each hash, so raising {@link #ITERATIONS} later keeps
 * old hashes verifiable; {@link #needsRehash(String)} tells when to upgrade one.
 */
@Dependent
public class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP ASVS 5 minimum for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;
    public static final int KEY_BITS = 256;

    private static final SecureRandom RANDOM = new SecureRandom();

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS, KEY_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public boolean verify(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt, parsed.iterations, parsed.hash.length * 8);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** A hash made with weaker parameters than today's should be replaced at the next sign-in. */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < ITERATIONS;
    }

    /** The iteration count recorded in a stored hash, or -1 when it is not one of ours. */
    public static int iterationsOf(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null ? -1 : parsed.iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
                return null;
            }
            try {
                Base64.Decoder b64 = Base64.getDecoder();
                return new Parsed(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
