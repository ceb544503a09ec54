package ru.trajectory.run;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;

/**
 * The catalogue figure of the courses issue: filter + text search over 2 000 courses, over HTTP
 * against a running portal:
 *
 * <pre>
 *   mvn -Prun -Dtrajectory.home=/work/trajhome-bench
 *   mvn -Pcatalogue-bench [-Dbase=http://localhost:8080] [-Dcourses=2000] [-Dqueries=600]
 * </pre>
 *
 * It first tops the region's published catalogue up to the wanted number of courses through the
 * API (each with a session), as a methodologist would, then asks the teacher's catalogue query
 * with a random mix of the page's filters and search words, one request at a time, and prints
 * the latency percentiles. A command-line tool, so it reports on standard output.
 */
public final class CatalogueBenchmark {

    private static final double P95_TARGET_MS = 100;
    private static final int WARMUP = 100;

    private static final String[] THEMES = {"Формирующее оценивание", "Функциональная грамотность",
        "Работа с обучающимися с ОВЗ", "Немотивированные обучающиеся", "Дети-мигранты на уроке",
        "Обновлённые ФГОС", "Подготовка к ГИА", "Управление на основе данных", "Читательская грамотность",
        "Естественно-научная грамотность", "Наставничество в школе", "Цифровая образовательная среда"};
    private static final String[] WORDS = {"оценивание", "грамотность", "ОВЗ", "мигрант", "ФГОС", "ГИА", "данных",
        "наставничество", "цифровая", "читательская", "урок", "математика"};
    private static final String[] COMPETENCIES = {"MET-01", "MET-02", "MET-03", "PSY-01", "PSY-02", "FG-01", "FG-02",
        "DIG-01", "SUB-MATH-01", "SUB-RUS-01", "COM-01"};
    private static final String[] FORMATS = {"IN_PERSON", "DISTANCE", "BLENDED"};

    private CatalogueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        DiagnosticsBenchmark client = new DiagnosticsBenchmark(base);
        String methodologist = client.token("methodologist");
        String teacher = client.token("teacher");

        int present = DiagnosticsBenchmark.json(client.get("catalogue?size=1", teacher, 200)).getInt("total");
        System.out.printf("The teacher's catalogue holds %d published courses; adding %d…%n", present,
                Math.max(0, wanted - present));
        Random random = new Random(42);
        for (int i = present; i < wanted; i++) {
            addCourse(client, methodologist, random, i);
        }
        int total = DiagnosticsBenchmark.json(client.get("catalogue?size=1", teacher, 200)).getInt("total");

        List<String> mix = new ArrayList<>();
        for (int i = 0; i < WARMUP + queries; i++) {
            mix.add(query(random));
        }
        for (int i = 0; i < WARMUP; i++) {
            client.get(mix.get(i), teacher, 200);
        }
        long[] nanos = new long[queries];
        long found = 0;
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            String body = client.get(mix.get(WARMUP + i), teacher, 200);
            nanos[i] = System.nanoTime() - t;
            found += DiagnosticsBenchmark.json(body).getInt("total");
        }
        java.util.Arrays.sort(nanos);
        double p95 = DiagnosticsBenchmark.percentile(nanos, 0.95);
        System.out.printf("%nCatalogue of %d courses, %d queries (filters + text, page of 20, one at a time), "
                        + "%.0f matches per query on average%n", total, queries, (double) found / queries);
        System.out.printf("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (target p95 ≤ %.0f ms: %s)%n",
                DiagnosticsBenchmark.percentile(nanos, 0.50), p95, DiagnosticsBenchmark.percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, P95_TARGET_MS, p95 <= P95_TARGET_MS ? "ok" : "MISSED");
    }

    /** One request of the catalogue page: some of its filters, often a search word, page of 20. */
    private static String query(Random random) {
        StringBuilder q = new StringBuilder("catalogue?size=20");
        if (random.nextInt(10) < 6) {
            q.append("&q=").append(URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8));
        }
        if (random.nextInt(10) < 4) {
            q.append("&competency=").append(COMPETENCIES[random.nextInt(COMPETENCIES.length)]);
        }
        if (random.nextInt(10) < 3) {
            q.append("&format=").append(FORMATS[random.nextInt(FORMATS.length)]);
        }
        if (random.nextInt(10) < 2) {
            q.append("&maxHours=").append(new int[] {16, 36, 72}[random.nextInt(3)]);
        }
        if (random.nextInt(10) < 2) {
            q.append("&freeSeats=true");
        }
        if (random.nextInt(10) < 2) {
            LocalDate from = LocalDate.now().plusDays(random.nextInt(120));
            q.append("&from=").append(from).append("&to=").append(from.plusDays(60));
        }
        if (random.nextInt(10) < 2) {
            q.append("&page=").append(1 + random.nextInt(3));
        }
        return q.toString();
    }

    private static void addCourse(DiagnosticsBenchmark client, String token, Random random, int n) throws Exception {
        String theme = THEMES[random.nextInt(THEMES.length)];
        var course = Json.createObjectBuilder()
                .add("title", theme + ": программа " + (n + 1))
                .add("description", "Программа повышения квалификации. " + theme + " в практике учителя; "
                        + "разбор уроков, задания для " + WORDS[random.nextInt(WORDS.length)] + ".")
                .add("hours", String.valueOf(new int[] {16, 24, 36, 72, 108}[random.nextInt(5)]))
                .add("format", FORMATS[random.nextInt(FORMATS.length)])
                .add("competencyCodes", Json.createArrayBuilder().add(COMPETENCIES[random.nextInt(COMPETENCIES.length)]))
                .build();
        String id = DiagnosticsBenchmark.json(post(client, "courses", token, course.toString(), 201)).getString("id");
        post(client, "courses/" + id + "/publish", token, "{}", 200);
        LocalDate start = LocalDate.now().plusDays(7 + random.nextInt(200));
        post(client, "courses/" + id + "/sessions", token, Json.createObjectBuilder().add("start", start.toString())
                .add("end", start.plusDays(random.nextInt(10)).toString()).add("format", "DISTANCE")
                .add("capacity", String.valueOf(10 + random.nextInt(40))).build().toString(), 201);
        if ((n + 1) % 250 == 0) {
            System.out.printf("  … %d courses%n", n + 1);
        }
    }

    private static String post(DiagnosticsBenchmark client, String path, String token, String body, int expected)
            throws Exception {
        HttpResponse<String> r = client.http.send(client.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
