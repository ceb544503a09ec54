package ru.trajectory.identity.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.trajectory.identity.service.ApiTokens;
import ru.trajectory.identity.service.Authentication;
import ru.trajectory.identity.service.SignInResult;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.Problems;
import ru.trajectory.platform.api.StatusTitles;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code POST /auth/token}: a bearer token for a login and password. Public (web.xml); the
 * same {@link Authentication} as the sign-in page, so throttling and the audit trail apply.
 */
@Path("auth/token")
@RequestScoped
public class TokenResource {

    @Inject
    Authentication authentication;

    @Inject
    ApiTokens tokens;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(String body) {
        JsonBody json = JsonBody.parse(body);
        String login = json.string("login");
        String password = json.string("password");
        List<FieldError> errors = new ArrayList<>(json.errors());
        if (errors.stream().noneMatch(e -> e.field().equals("login")) && (login == null || login.isBlank())) {
            errors.add(new FieldError("login", "Укажите логин"));
        }
        if (errors.stream().noneMatch(e -> e.field().equals("password")) && (password == null || password.isEmpty())) {
            errors.add(new FieldError("password", "Укажите пароль"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        String remote = request.getRemoteAddr();
        char[] secret = password.toCharArray();
        SignInResult result;
        try {
            result = authentication.signIn(login, secret, remote);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return switch (result.outcome()) {
            case SUCCESS -> issued(tokens.issue(result.login(), remote));
            case LOCKED -> locked(result.lockedUntil());
            case INVALID -> Response.fromResponse(
                            Problems.response(401, StatusTitles.of(401), "Неверный логин или пароль"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        };
    }

    private static Response issued(ApiTokens.Issued issued) {
        TokenJson json = new TokenJson();
        json.token = issued.token();
        json.expiresAt = issued.expiresAt().toString();
        // A token is a credential: no cache between here and the client may keep it.
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(json).cacheControl(noStore).header("Pragma", "no-cache").build();
    }

    private Response locked(Instant until) {
        long seconds = retryAfterSeconds(clock.instant(), until);
        long minutes = (seconds + 59) / 60;
        return Response.fromResponse(Problems.response(429, StatusTitles.of(429),
                        "Вход заблокирован на " + minutes + " " + minutesWord(minutes)
                                + " из-за неудачных попыток входа. Повторите позже."))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    /** Whole seconds until the lock ends, rounded up and at least 1 (0 would invite an instant retry). */
    static long retryAfterSeconds(Instant now, Instant until) {
        if (until == null || !until.isAfter(now)) {
            return 1;
        }
        Duration left = Duration.between(now, until);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** «1 минуту», «2 минуты», «5 минут», «21 минуту»: the Russian plural after «на». */
    static String minutesWord(long n) {
        long mod100 = n % 100;
        long mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return "минут";
        }
        if (mod10 == 1) {
            return "минуту";
        }
        if (mod10 >= 2 && mod10 <= 4) {
            return "минуты";
        }
        return "минут";
    }
}
