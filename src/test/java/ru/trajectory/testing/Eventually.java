package ru.trajectory.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waiting for what the portal does in the background (mail outbox, reminders, search outbox):
 * asks again until the answer is there or the time is up, then fails with the caller's words.
 */
public final class Eventually {

    private static final long POLL_MILLIS = 200;

    private Eventually() {
    }

    /** The first non-empty answer within the time, or an AssertionError describing what was awaited. */
    public static <T> T get(Duration within, String awaited, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Optional<T> answer = probe.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + within + ": " + awaited);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
