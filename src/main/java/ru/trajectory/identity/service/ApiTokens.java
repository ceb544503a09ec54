package ru.trajectory.identity.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.trajectory.identity.entity.Account;
import ru.trajectory.identity.entity.ApiToken;
import ru.trajectory.identity.entity.SecurityEventType;

/** Bearer tokens for the API: issued for a login and password, checked on every API call. */
@ApplicationScoped
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trajectory.api.token-hours", defaultValue = "8")
    long tokenHours;

    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * A signed-in token holder, as the authentication mechanism hands it to the container, with
     * the caller read in the same look-up, so the request need not read the account twice.
     */
    public record Holder(String login, java.util.Set<String> groups, Caller caller) {
    }

    @Transactional
    public Issued issue(String login, String remoteAddress) {
        Account account = accounts.byLogin(login).orElseThrow();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofHours(tokenHours));
        em.persist(new ApiToken(sha256(token), account.getId(), now, expires));
        em.createNamedQuery(ApiToken.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
        audit.record(SecurityEventType.TOKEN_ISSUED, account.getLogin(), null, remoteAddress, null);
        return new Issued(token, expires);
    }

    @Transactional
    public Optional<Holder> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", sha256(token.strip()))
                .getResultStream()
                .filter(t -> t.isValidAt(now))
                .findFirst()
                .map(t -> em.find(Account.class, t.getAccountId()))
                .filter(Account::isEnabled)
                .map(a -> new Holder(a.getLogin(), Accounts.groupsOf(a), Accounts.toCaller(a)));
    }

    private static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
