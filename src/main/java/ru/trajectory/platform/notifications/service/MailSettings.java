package ru.trajectory.platform.notifications.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail settings from MicroProfile Config (keys documented in
 * {@code microprofile-config.properties}). The defaults here repeat the file's, because a
 * deployment may replace the file and must still start.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "noreply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "notifications.mail.interval-seconds", defaultValue = "30")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "trajectory.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public boolean enabled() {
        return enabled;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean starttls() {
        return starttls;
    }

    /** At least a second: a zero or negative interval would make the timer spin. */
    public long intervalMillis() {
        return Math.max(1, intervalSeconds) * 1000;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
