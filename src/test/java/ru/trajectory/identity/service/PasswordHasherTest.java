package ru.trajectory.identity.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashVerifiesOnlyTheSamePassword() {
        String stored = hasher.hash("пароль-учителя".toCharArray());
        assertTrue(hasher.verify("пароль-учителя".toCharArray(), stored));
        assertFalse(hasher.verify("пароль-учителя ".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void storesAlgorithmIterationsAndAFreshSalt() {
        String a = hasher.hash("same".toCharArray());
        String b = hasher.hash("same".toCharArray());
        assertTrue(a.startsWith("PBKDF2WithHmacSHA256:600000:"), a);
        assertEquals(600_000, PasswordHasher.iterationsOf(a));
        assertNotEquals(a, b, "two hashes of one password differ by salt");
        assertFalse(hasher.needsRehash(a));
    }

    @Test
    void weakerOrForeignHashesAskForRehashAndNeverVerifyByAccident() {
        String weak = "PBKDF2WithHmacSHA256:2048:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        assertTrue(hasher.needsRehash(weak));
        assertEquals(2048, PasswordHasher.iterationsOf(weak));
        assertFalse(hasher.verify("x".toCharArray(), "!unset"));
        assertFalse(hasher.verify("x".toCharArray(), "MD5:1:abc:def"));
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertEquals(-1, PasswordHasher.iterationsOf("garbage"));
    }
}
