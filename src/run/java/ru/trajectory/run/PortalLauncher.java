package ru.trajectory.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.mariadb.jdbc.MariaDbDataSource;

import ru.trajectory.demo.DemoAccount;
import ru.trajectory.demo.DemoRegionGenerator;
import ru.trajectory.demo.DemoScale;
import ru.trajectory.platform.persistence.SchemaMigrations;

/**
 * {@code mvn -Prun}: starts the portal for a developer or a demo. Embedded MariaDB unless
 * DB_URL is given (environment or {@code config/database.properties}), Flyway migrations,
 * the demo region on first start, then Payara Micro with the WAR as a child process.
 * Ctrl-C stops the server first and the database after it.
 */
public final class PortalLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Path home = Path.of(System.getProperty("trajectory.home",
            System.getProperty("user.home") + "/.trajectory"));
    private final int port = Integer.getInteger("trajectory.port", 8080);
    private final Path configDir = Path.of(System.getProperty("trajectory.config", "config"));
    private final Path war = Path.of(System.getProperty("trajectory.war", "target/ROOT.war"));
    private final Path microJar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    private final DemoScale scale = DemoScale.parse(System.getProperty("trajectory.demo.scale", "demo"));

    private EmbeddedDatabase embedded;
    private Process server;

    public static void main(String[] args) throws Exception {
        new PortalLauncher().run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "portal-shutdown"));
        DatabaseSettings db = DatabaseSettings.resolve(configDir);
        if (db == null) {
            say("Запускаю встроенную MariaDB, данные в " + home.resolve("db"));
            embedded = EmbeddedDatabase.start(home.resolve("mariadb"), home.resolve("db"), 0, "trajectory");
            db = new DatabaseSettings(embedded.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
            say("Встроенная MariaDB: " + db.url());
        } else {
            say("Внешняя MariaDB: " + db.url());
        }
        MariaDbDataSource dataSource = new MariaDbDataSource(db.url());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
        SchemaMigrations.migrate(dataSource);
        if (!DemoRegionGenerator.isLoaded(dataSource)) {
            say("Первый запуск: загружаю демонстрационный регион (" + scale.name().toLowerCase() + ")");
            long t = System.nanoTime();
            DemoRegionGenerator.load(dataSource, scale);
            say(String.format("Демо-данные загружены за %.1f с", (System.nanoTime() - t) / 1e9));
        }
        List<DemoAccount> accounts = DemoRegionGenerator.describeDemoAccounts(dataSource);

        server = startServer(db);
        waitUntilReady(started);
        printSignIns(accounts);
        int exit = server.waitFor();
        if (exit != 0 && exit != 143 && exit != 130) {
            say("Сервер завершился с кодом " + exit + "; журнал: " + home.resolve("logs/server.log"));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Process startServer(DatabaseSettings db) throws IOException {
        Path logs = Files.createDirectories(home.resolve("logs"));
        // Payara Micro remembers deployed applications in its root directory and would deploy
        // the WAR a second time beside --deploy on every later start; it holds nothing else
        // worth keeping, so each start begins with an empty one.
        deleteTree(home.resolve("payara"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")),
                "-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--port", Integer.toString(port),
                "--nocluster",
                "--prebootcommandfile", configDir.resolve("payara-preboot.asadmin").toString(),
                "--rootdir", home.resolve("payara").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("server.log").toFile()));
        builder.environment().put("DB_URL", db.url());
        builder.environment().put("DB_USER", db.user());
        builder.environment().put("DB_PASSWORD", db.password());
        // The practice bank's index and attachments live beside the database, in the portal's home.
        builder.environment().put("TRAJECTORY_SEARCH_INDEX_DIR", home.resolve("search-index").toString());
        builder.environment().put("TRAJECTORY_ATTACHMENTS_DIR", home.resolve("attachments").toString());
        say("Запускаю Payara Micro на порту " + port + "; журнал сервера: " + logs.resolve("server.log"));
        return builder.start();
    }

    private void waitUntilReady(long started) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Сервер не запустился; см. " + home.resolve("logs/server.log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    say(String.format("Портал готов за %.1f с: http://localhost:%d/  (память сервера %s)",
                            (System.nanoTime() - started) / 1e9, port, residentMemory(server.pid())));
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            server.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Портал не ответил за " + READY_TIMEOUT.toMinutes() + " мин");
    }

    private static String residentMemory(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kib / 1024) + " МиБ";
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "неизвестно";
        }
        return "неизвестно";
    }

    private void printSignIns(List<DemoAccount> accounts) {
        StringBuilder s = new StringBuilder("\n  Демонстрационные входы (пароль у всех: trajectory-demo):\n");
        for (DemoAccount a : accounts) {
            s.append("    ").append(a.describe()).append('\n');
        }
        s.append("  Остановить: Ctrl-C\n");
        say(s.toString());
    }

    private synchronized void stop() {
        if (server != null && server.isAlive()) {
            say("Останавливаю сервер…");
            server.destroy();
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (embedded != null) {
            say("Останавливаю MariaDB…");
            embedded.close();
            embedded = null;
        }
    }

    private static void say(String line) {
        System.out.println("[Траектория] " + line);
    }

    /** External database settings: the environment wins over {@code config/database.properties}. */
    record DatabaseSettings(String url, String user, String password) {

        static DatabaseSettings resolve(Path configDir) throws IOException {
            Properties file = new Properties();
            Path path = configDir.resolve("database.properties");
            if (Files.isRegularFile(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    file.load(in);
                }
            }
            String url = pick("DB_URL", file);
            if (url == null || url.isBlank()) {
                return null;
            }
            return new DatabaseSettings(url, pick("DB_USER", file), pick("DB_PASSWORD", file));
        }

        private static String pick(String key, Properties file) {
            String env = System.getenv(key);
            return env != null ? env : file.getProperty(key, "");
        }
    }
}
