package ru.trajectory.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.mariadb.jdbc.MariaDbDataSource;

import ru.trajectory.demo.DemoAccount;
import ru.trajectory.demo.DemoRegionGenerator;
import ru.trajectory.demo.DemoScale;
import ru.trajectory.platform.persistence.SchemaMigrations;

/**
 * Measures how long the demo generator takes to fill a fresh database at a given scale:
 * {@code mvn -Pdemo-load -Dscale=country package}. A command-line tool, so it reports on
 * standard output. Besides the time it prints the rows per table and checks the references
 * the load wrote with foreign-key checks switched off.
 */
public final class DemoLoadBenchmark {

    private static final List<String> TABLES = List.of("region", "municipality", "school", "school_program_year",
            "partnership", "support_organization", "person", "person_subject", "account", "role_assignment");

    /** References the loader fills itself; each query counts rows pointing nowhere. */
    private static final List<String[]> ORPHAN_CHECKS = List.of(
            new String[] {"municipality.region_id", "SELECT COUNT(*) FROM municipality m "
                    + "LEFT JOIN region r ON r.id = m.region_id WHERE r.id IS NULL"},
            new String[] {"school.municipality_id", "SELECT COUNT(*) FROM school s "
                    + "LEFT JOIN municipality m ON m.id = s.municipality_id WHERE m.id IS NULL"},
            new String[] {"school_program_year.school_id", "SELECT COUNT(*) FROM school_program_year y "
                    + "LEFT JOIN school s ON s.id = y.school_id WHERE s.id IS NULL"},
            new String[] {"partnership schools", "SELECT COUNT(*) FROM partnership p LEFT JOIN school a "
                    + "ON a.id = p.school_id LEFT JOIN school b ON b.id = p.partner_school_id "
                    + "WHERE a.id IS NULL OR b.id IS NULL"},
            new String[] {"person workplace", "SELECT COUNT(*) FROM person p "
                    + "LEFT JOIN school s ON s.id = p.school_id "
                    + "LEFT JOIN support_organization o ON o.id = p.support_organization_id "
                    + "LEFT JOIN municipality m ON m.id = p.municipality_id "
                    + "LEFT JOIN region r ON r.id = p.region_id "
                    + "WHERE r.id IS NULL OR (p.school_id IS NOT NULL AND s.id IS NULL) "
                    + "OR (p.support_organization_id IS NOT NULL AND o.id IS NULL) "
                    + "OR (p.municipality_id IS NOT NULL AND m.id IS NULL)"},
            new String[] {"person_subject", "SELECT COUNT(*) FROM person_subject x LEFT JOIN person p "
                    + "ON p.id = x.person_id LEFT JOIN subject s ON s.code = x.subject_code "
                    + "WHERE p.id IS NULL OR s.code IS NULL"},
            new String[] {"account.person_id", "SELECT COUNT(*) FROM account a "
                    + "LEFT JOIN person p ON p.id = a.person_id WHERE p.id IS NULL"},
            new String[] {"role_assignment.account_id", "SELECT COUNT(*) FROM role_assignment r "
                    + "LEFT JOIN account a ON a.id = r.account_id WHERE a.id IS NULL"},
            new String[] {"duplicate logins", "SELECT COUNT(*) - COUNT(DISTINCT login) FROM account"},
            new String[] {"duplicate account persons", "SELECT COUNT(*) - COUNT(DISTINCT person_id) FROM account"});

    private DemoLoadBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        DemoScale scale = DemoScale.parse(args.length > 0 ? args[0] : "region");
        Path home = Path.of("target", "bench-db-" + scale.name().toLowerCase());
        Path dataDir = home.resolve("data");
        deleteTree(dataDir);
        long dbStart = System.nanoTime();
        EmbeddedDatabase db = EmbeddedDatabase.start(home.resolve("base"), dataDir, 0, "trajectory");
        try {
            System.out.printf("MariaDB started in %.1f s on port %d%n", seconds(dbStart), db.port());
            MariaDbDataSource dataSource = new MariaDbDataSource();
            // Connector/J 3 has no rewriteBatchedStatements; batched INSERTs go as bulk commands
            // (COM_STMT_BULK_EXECUTE) with useBulkStmtsForInserts, here set explicitly.
            dataSource.setUrl(db.jdbcUrl() + "?useBulkStmtsForInserts=true&useBulkStmts=true");
            dataSource.setUser(EmbeddedDatabase.USER);
            dataSource.setPassword(EmbeddedDatabase.PASSWORD);

            long migrateStart = System.nanoTime();
            SchemaMigrations.migrate(dataSource);
            System.out.printf("Schema migrated in %.1f s%n", seconds(migrateStart));

            long loadStart = System.nanoTime();
            List<DemoAccount> accounts = DemoRegionGenerator.load(dataSource, scale);
            double loadSeconds = seconds(loadStart);

            long total = 0;
            System.out.println();
            System.out.println("Rows per table:");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    long rows = count(s, "SELECT COUNT(*) FROM " + table);
                    total += rows;
                    System.out.printf("  %-22s %,12d%n", table, rows);
                }
                System.out.printf("  %-22s %,12d%n", "total", total);
                System.out.println();
                System.out.println("Integrity of references written without foreign-key checks:");
                boolean clean = true;
                for (String[] check : ORPHAN_CHECKS) {
                    long bad = count(s, check[1]);
                    clean &= bad == 0;
                    System.out.printf("  %-30s %s%n", check[0], bad == 0 ? "ok" : bad + " BROKEN");
                }
                if (!clean) {
                    throw new IllegalStateException("The generated data has dangling references");
                }
            }
            System.out.println();
            System.out.println("Demo accounts:");
            accounts.forEach(a -> System.out.println("  " + a.describe()));
            System.out.println();
            System.out.printf("Scale %s: %,d rows loaded in %.1f s (%,.0f rows/s)%n", scale, total, loadSeconds,
                    total / loadSeconds);
        } finally {
            db.close();
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
