package ru.trajectory.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One SMTP server (GreenMail) for the whole test run, started on first use on a free loopback
 * port, so that every deployment can have e-mail switched on and tests read back what the portal
 * sent. Mail of all test classes lands here: a test looks only at its own recipients.
 */
public final class TestMail {

    /** The sender address the test deployments are configured with. */
    public static final String FROM = "portal@trajectory.test";

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized int smtpPort() {
        start();
        return server.getSmtp().getPort();
    }

    /** Every message received so far for the address. */
    public static synchronized List<MimeMessage> to(String address) {
        start();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /**
     * Waits until at least {@code count} messages for the address match, and returns the matching
     * ones; fails with what did arrive when the timeout passes first. Polls, because delivery is
     * asynchronous by design (the outbox sender runs on its own timer).
     */
    public static List<MimeMessage> await(String address, Predicate<MimeMessage> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> found = to(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " matching e-mail(s) to " + address + " within " + timeout
                        + ", got " + found.size() + " of " + to(address).size() + " received");
            }
            // Returns early when anything arrives; the loop then checks whether it was ours.
            server.waitForIncomingEmail(250, server.getReceivedMessages().length + 1);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-shutdown"));
    }
}
