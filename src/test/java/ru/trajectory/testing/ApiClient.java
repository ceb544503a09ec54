package ru.trajectory.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * Talks to the deployed portal's JSON API as an integration would: over HTTP, with a bearer
 * token obtained from {@code POST /api/v1/auth/token}.
 */
public final class ApiClient {

    private final URI base;
    /**
     * HTTP/1.1, as the portal is served without TLS: the JDK client would otherwise offer every
     * request an h2c upgrade, and Grizzly answers a failed upgrade of a long request line by
     * breaking the connection for the requests after it.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String token;

    public ApiClient(URL deploymentBase) {
        this(Deployments.local(deploymentBase));
    }

    private ApiClient(URI deploymentBase) {
        String s = deploymentBase.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
    }

    /** A client signed in as the given demo account. */
    public ApiClient as(String login) {
        return as(login, TestDatabase.DEMO_PASSWORD);
    }

    public ApiClient as(String login, String password) {
        ApiClient signedIn = new ApiClient(base);
        Response r = signedIn.post("api/v1/auth/token", Json.createObjectBuilder()
                .add("login", login).add("password", password).build());
        if (r.status() != 200) {
            throw new IllegalStateException("Sign-in of " + login + " failed: " + r.status() + " " + r.body());
        }
        signedIn.token = r.json().getString("token");
        return signedIn;
    }

    public String token() {
        return token;
    }

    /** A client that presents the given token, valid or not. */
    public ApiClient withToken(String value) {
        ApiClient other = new ApiClient(base);
        other.token = value;
        return other;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Response put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** Posts raw bytes, e.g. a CSV or XLSX import file. */
    public Response post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a request with a raw JSON text, including deliberately malformed ones. */
    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with JSON accessors. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
