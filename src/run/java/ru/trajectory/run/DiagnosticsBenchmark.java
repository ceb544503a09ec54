package ru.trajectory.run;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ru.trajectory.demo.DemoRegionGenerator;

/**
 * The figures of the diagnostics issue, measured over HTTP against a running portal loaded with
 * the REGION demo scale (20 000 staff):
 *
 * <pre>
 *   mvn -Prun -Dtrajectory.demo.scale=region -Dtrajectory.home=/tmp/trajectory-region
 *   mvn -Pdiagnostics-bench [-Dbase=http://localhost:8080] [-Drequests=300]
 * </pre>
 *
 * (a) scoring an attempt and recomputing the profile: {@code POST /api/v1/instruments/{id}/attempts}
 * with a full answer set to the region's formative-assessment test, each request by another
 * staff member ({@code u<personId>} accounts); (b) the region's deficit heat map as the
 * {@code methodologist}. One client, requests one after another, so the numbers are latencies
 * of a single request, not of a saturated server. Tokens are fetched before any timing: their
 * PBKDF2 check is slow on purpose. A command-line tool, so it reports on standard output.
 */
public final class DiagnosticsBenchmark {

    private static final double ATTEMPT_P95_TARGET_MS = 50;
    private static final double HEATMAP_P95_TARGET_MS = 500;
    private static final String FORMATIVE_CODE = "DEMO-FORMATIVE";
    private static final int WARMUP_ACCOUNTS = 20;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;

    DiagnosticsBenchmark(String base) {
        this.api = base.replaceAll("/+$", "") + "/api/v1/";
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 && !args[0].isBlank() ? args[0] : "http://localhost:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1].strip()) : 300;
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be positive");
        }
        new DiagnosticsBenchmark(base).run(requests);
    }

    private void run(int requests) throws Exception {
        // Warm-up reuses a small pool of accounts (signing in is the slow part of the set-up), so the
        // JIT sees plenty of requests while every timed request still comes from another person.
        int warmup = Math.max(100, requests / 3);
        System.out.printf("Diagnostics benchmark against %s: %d timed requests each, %d warm-up%n", api, requests, warmup);

        String regional = token("regional");
        String methodologist = token("methodologist");
        String regionId = regionId(regional);
        System.out.println("Region " + regionId);

        long started = System.nanoTime();
        List<String> logins = staffLogins(regional, regionId, WARMUP_ACCOUNTS + requests);
        List<String> tokens = tokens(logins);
        if (tokens.isEmpty()) {
            throw new IllegalStateException("No staff account could sign in; is the portal loaded with "
                    + "-Dtrajectory.demo.scale=region?");
        }
        System.out.printf("%d staff tokens in %.1f s%n", tokens.size(), (System.nanoTime() - started) / 1e9);

        JsonObject instrument = formativeInstrument(tokens.get(0));
        String instrumentId = text(instrument.get("id"));
        JsonArray items = instrument.getJsonArray("items");
        System.out.printf("Instrument %s «%s»: %d items%n", instrumentId, instrument.getString("title", ""),
                items.size());

        Random random = new Random(20_261_123L);
        String attemptsPath = "instruments/" + instrumentId + "/attempts";
        int pool = Math.min(WARMUP_ACCOUNTS, tokens.size());
        for (int i = 0; i < warmup; i++) {
            submit(attemptsPath, tokens.get(i % pool), answers(items, random));
        }
        List<String> timed = tokens.size() > pool ? tokens.subList(pool, tokens.size()) : tokens;
        long[] attempt = new long[requests];
        for (int i = 0; i < requests; i++) {
            String token = timed.get(i % timed.size());
            String body = answers(items, random);
            long t0 = System.nanoTime();
            submit(attemptsPath, token, body);
            attempt[i] = System.nanoTime() - t0;
        }

        String heatmapPath = "deficits/heatmap?scope=REGION&scopeId=" + URLEncoder.encode(regionId, StandardCharsets.UTF_8);
        JsonObject map = json(get(heatmapPath, methodologist, 200));
        System.out.printf("Heat map: %d rows%n", map.containsKey("rows") ? map.getJsonArray("rows").size() : -1);
        for (int i = 0; i < WARMUP_ACCOUNTS; i++) {
            get(heatmapPath, methodologist, 200);
        }
        long[] heatmap = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            get(heatmapPath, methodologist, 200);
            heatmap[i] = System.nanoTime() - t0;
        }

        System.out.println();
        boolean ok = report("(a) POST attempt + profile recompute", attempt, ATTEMPT_P95_TARGET_MS);
        ok &= report("(b) GET region heat map (methodologist)", heatmap, HEATMAP_P95_TARGET_MS);
        System.out.println(ok ? "All figures within target." : "Some figures MISS their target.");
    }

    private static boolean report(String name, long[] nanos, double p95TargetMs) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p95 = percentile(sorted, 0.95);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf("%-42s n=%d  mean %.1f ms  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  "
                        + "(target p95 ≤ %.0f ms: %s)%n", name, sorted.length, mean, percentile(sorted, 0.50), p95,
                percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, p95TargetMs,
                p95 <= p95TargetMs ? "ok" : "MISSED");
        return p95 <= p95TargetMs;
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    // ---------------------------------------------------------------- set-up through the API

    String token(String login) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("login", login)
                .add("password", DemoRegionGenerator.DEMO_PASSWORD).build().toString();
        HttpResponse<String> r = http.send(request("auth/token", null)
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new IllegalStateException("Sign-in of " + login + " failed: " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("token");
    }

    /** The demo region (code SO) or, failing that, the first region. */
    String regionId(String token) throws IOException, InterruptedException {
        JsonArray regions = json(get("regions?size=200", token, 200)).getJsonArray("items");
        if (regions.isEmpty()) {
            throw new IllegalStateException("The portal has no regions");
        }
        for (JsonObject r : regions.getValuesAs(JsonObject.class)) {
            if ("SO".equals(r.getString("code", null))) {
                return text(r.get("id"));
            }
        }
        return text(regions.getJsonObject(0).get("id"));
    }

    /**
     * Logins of staff spread over the region's schools (a few per school, schools in a fixed
     * shuffled order), as the regional operator may list them. The REGION demo scale gives
     * every staff member the account {@code u<personId>}.
     */
    List<String> staffLogins(String token, String regionId, int wanted) throws IOException, InterruptedException {
        List<String> schools = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = json(get("schools?regionId=" + regionId + "&size=200&page=" + page, token, 200));
            JsonArray items = p.getJsonArray("items");
            items.getValuesAs(JsonObject.class).forEach(s -> schools.add(text(s.get("id"))));
            if (items.isEmpty() || schools.size() >= p.getJsonNumber("total").longValue()) {
                break;
            }
        }
        Collections.shuffle(schools, new Random(7));
        List<String> logins = new ArrayList<>();
        for (String school : schools) {
            JsonArray staff = json(get("schools/" + school + "/staff?size=200", token, 200)).getJsonArray("items");
            int taken = 0;
            for (JsonObject person : staff.getValuesAs(JsonObject.class)) {
                if (taken == 3 || logins.size() >= wanted) {
                    break;
                }
                logins.add("u" + text(person.get("id")));
                taken++;
            }
            if (logins.size() >= wanted) {
                break;
            }
        }
        return logins;
    }

    /** Signs the staff in a few at a time; logins without a {@code u<id>} account (the named demo ones) drop out. */
    List<String> tokens(List<String> logins) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String login : logins) {
                futures.add(pool.submit(() -> {
                    try {
                        return token(login);
                    } catch (IllegalStateException e) {
                        return null;
                    }
                }));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : futures) {
                String t = f.get();
                if (t != null) {
                    tokens.add(t);
                }
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonObject formativeInstrument(String token) throws IOException, InterruptedException {
        JsonArray cards = json(get("instruments?size=200", token, 200)).getJsonArray("items");
        for (JsonObject card : cards.getValuesAs(JsonObject.class)) {
            if (card.getString("code", "").startsWith(FORMATIVE_CODE)) {
                return json(get("instruments/" + text(card.get("id")), token, 200));
            }
        }
        throw new IllegalStateException("No " + FORMATIVE_CODE + " instrument among " + cards.size()
                + " available to a staff member; was the database loaded with the demo diagnostics?");
    }

    /** A full answer set: one option of a single choice, one or two of a multiple choice, 1–5 on a scale. */
    private static String answers(JsonArray items, Random random) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("itemId", text(item.get("id")));
            String kind = item.getString("kind", "SINGLE");
            if ("SCALE".equals(kind)) {
                a.add("scale", 1 + random.nextInt(5));
            } else {
                List<String> options = new ArrayList<>();
                item.getJsonArray("options").getValuesAs(JsonObject.class).forEach(o -> options.add(text(o.get("id"))));
                Collections.shuffle(options, random);
                int n = "MULTIPLE".equals(kind) ? 1 + random.nextInt(Math.min(2, options.size())) : 1;
                JsonArrayBuilder chosen = Json.createArrayBuilder();
                options.subList(0, n).forEach(chosen::add);
                a.add("optionIds", chosen);
            }
            answers.add(a);
        }
        return Json.createObjectBuilder().add("answers", answers).build().toString();
    }

    private void submit(String path, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    String get(String path, String token, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Ids come as JSON strings in this API; numbers are accepted too. */
    static String text(JsonValue value) {
        if (value == null) {
            throw new IllegalStateException("A response lacks an id");
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
