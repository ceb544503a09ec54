package ru.trajectory.identity.service;

import java.time.Instant;
import java.util.Set;

/** The outcome of checking a login and password. */
public record SignInResult(Outcome outcome, String login, Set<String> groups, Instant lockedUntil) {

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED
    }

    static SignInResult success(String login, Set<String> groups) {
        return new SignInResult(Outcome.SUCCESS, login, groups, null);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), until);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
