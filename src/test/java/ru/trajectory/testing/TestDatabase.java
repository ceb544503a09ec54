package ru.trajectory.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;

import ru.trajectory.demo.DemoAccount;
import ru.trajectory.demo.DemoRegionGenerator;
import ru.trajectory.demo.DemoScale;
import ru.trajectory.platform.persistence.SchemaMigrations;
import ru.trajectory.run.EmbeddedDatabase;

/**
 * One real MariaDB for the whole test run, started on first use with a fresh data folder
 * under {@code target/}, migrated by Flyway and loaded with the deterministic demo region,
 * so that every test knows the same accounts and territory. Stopped when the JVM exits.
 */
public final class TestDatabase {

    public static final String DEMO_PASSWORD = "trajectory-demo";

    private static EmbeddedDatabase server;
    private static MariaDbDataSource dataSource;
    private static List<DemoAccount> accounts;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        start();
        return server.jdbcUrl();
    }

    public static synchronized DataSource dataSource() {
        start();
        return dataSource;
    }

    public static synchronized List<DemoAccount> demoAccounts() {
        start();
        return accounts;
    }

    private static void start() {
        if (server != null) {
            return;
        }
        Path root = Path.of(System.getProperty("trajectory.test.db", "target/test-db"));
        deleteRecursively(root.resolve("data"));
        server = EmbeddedDatabase.start(root.resolve("base"), root.resolve("data"), 0, "trajectory_test");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-db-shutdown"));
        try {
            dataSource = new MariaDbDataSource(server.jdbcUrl());
            dataSource.setUser(EmbeddedDatabase.USER);
            dataSource.setPassword(EmbeddedDatabase.PASSWORD);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        SchemaMigrations.migrate(dataSource);
        accounts = DemoRegionGenerator.load(dataSource, DemoScale.DEMO);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear " + dir, e);
        }
    }
}
