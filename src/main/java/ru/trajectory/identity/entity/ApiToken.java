package ru.trajectory.identity.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A bearer token of the API. Only its SHA-256 is stored: a database leak yields no usable token. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.DELETE_EXPIRED, query = "DELETE FROM ApiToken t WHERE t.expiresAt < :now")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String DELETE_EXPIRED = "ApiToken.deleteExpired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, long accountId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
