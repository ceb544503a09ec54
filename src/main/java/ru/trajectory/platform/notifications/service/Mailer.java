package ru.trajectory.platform.notifications.service;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one plain-text UTF-8 message through the configured SMTP server (Jakarta Mail; the
 * implementation comes with Payara). The session is built from MicroProfile Config rather than
 * a container mail resource, so the same keys configure a server, a developer and the tests.
 */
@ApplicationScoped
public class Mailer {

    /** Milliseconds: a hung mail server must not hold the sender for ever. */
    private static final String TIMEOUT = "15000";

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private Session session;

    @PostConstruct
    void configure() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT);
        p.put("mail.smtp.timeout", TIMEOUT);
        p.put("mail.smtp.writetimeout", TIMEOUT);
        // Non-ASCII in headers (the sender's name, the subject) is encoded as RFC 2047 words.
        p.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        if (settings.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (settings.user().isPresent()) {
            p.put("mail.smtp.auth", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        session = Session.getInstance(p, authenticator);
    }

    public void send(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.text().subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text().body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        Transport.send(message);
    }

    /** True when retrying cannot help: the address itself is malformed or refused by the server. */
    public static boolean permanent(MessagingException e) {
        return e instanceof AddressException
                || e instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0;
    }

    /** The configured address; a bare address gets the portal's name as the sender's name. */
    private InternetAddress from() throws AddressException {
        InternetAddress from = new InternetAddress(settings.from(), true);
        if (from.getPersonal() == null) {
            try {
                from.setPersonal(MailText.PORTAL, StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return from;
    }
}
