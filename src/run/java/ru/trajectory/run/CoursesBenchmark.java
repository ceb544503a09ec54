package ru.trajectory.run;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The enrollment figure of the courses issue, over HTTP against a running portal loaded with
 * the REGION demo scale:
 *
 * <pre>
 *   mvn -Prun -Dtrajectory.demo.scale=region -Dtrajectory.home=/tmp/trajectory-region
 *   mvn -Pcourses-bench [-Dbase=http://localhost:8080] [-Dteachers=600]
 * </pre>
 *
 * The methodologist opens a course with sessions of 30 seats; then as many different teachers
 * as asked enroll at the same time (32 in flight), spread over the sessions. It prints the
 * enrollments per second and checks that no session holds more than its seats. A command-line
 * tool, so it reports on standard output.
 */
public final class CoursesBenchmark {

    private static final int SEATS = 30;
    private static final int SESSIONS = 10;
    private static final int IN_FLIGHT = 32;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int teachers = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        DiagnosticsBenchmark client = new DiagnosticsBenchmark(base);
        String methodologist = client.token("methodologist");
        String regional = client.token("regional");
        String course = created(client, "courses", methodologist, Json.createObjectBuilder()
                .add("title", "Нагрузочный курс " + System.nanoTime()).add("hours", "16")
                .add("format", "DISTANCE").build()).getString("id");
        send(client, "courses/" + course + "/publish", methodologist, "{}");
        List<String> sessions = new ArrayList<>();
        LocalDate start = LocalDate.now().plusDays(30);
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(created(client, "courses/" + course + "/sessions", methodologist, Json.createObjectBuilder()
                    .add("start", start.toString()).add("end", start.plusDays(2).toString()).add("format", "DISTANCE")
                    .add("capacity", String.valueOf(SEATS)).add("place", "https://webinar.example/" + i).build())
                    .getString("id"));
        }
        System.out.printf("Signing in %d teachers (PBKDF2 on purpose: takes a while)…%n", teachers);
        List<String> tokens = client.tokens(client.staffLogins(regional, client.regionId(regional), teachers));

        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        long[] latencies = new long[tokens.size()];
        List<Future<Integer>> statuses = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < tokens.size(); i++) {
            int index = i;
            String session = sessions.get(i % sessions.size());
            statuses.add(pool.submit(() -> {
                long t = System.nanoTime();
                int status = send(client, "sessions/" + session + "/enrollments", tokens.get(index), "{}");
                latencies[index] = System.nanoTime() - t;
                return status;
            }));
        }
        int accepted = 0;
        for (Future<Integer> s : statuses) {
            accepted += s.get() == 201 ? 1 : 0;
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        JsonObject after = DiagnosticsBenchmark.json(client.get("courses/" + course, methodologist, 200));
        boolean kept = true;
        for (JsonObject s : after.getJsonArray("sessions").getValuesAs(JsonObject.class)) {
            kept &= s.getInt("freeSeats") >= 0 && s.getInt("capacity") == SEATS;
        }
        Arrays.sort(latencies);
        System.out.printf("%nEnrollments: %d accepted of %d in %.2f s = %.0f enrollments/s (%d in flight)%n",
                accepted, tokens.size(), seconds, accepted / seconds, IN_FLIGHT);
        System.out.printf("Latency p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                DiagnosticsBenchmark.percentile(latencies, 0.50), DiagnosticsBenchmark.percentile(latencies, 0.95),
                latencies[latencies.length - 1] / 1e6);
        System.out.println(kept ? "Capacity kept in every session." : "CAPACITY EXCEEDED");
        if (!kept) {
            System.exit(1);
        }
    }

    private static JsonObject created(DiagnosticsBenchmark client, String path, String token, JsonObject body)
            throws Exception {
        HttpResponse<String> r = client.http.send(client.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return DiagnosticsBenchmark.json(r.body());
    }

    private static int send(DiagnosticsBenchmark client, String path, String token, String body) throws Exception {
        return client.http.send(client.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
