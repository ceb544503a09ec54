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
            "partnership", "support_organization", "person", "person_subject", "account", "role_assignment",
            "instrument", "instrument_item", "item_option", "instrument_threshold", "attempt", "attempt_answer",
            "attempt_result", "competency_level", "deficit_history");

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
            new String[] {"duplicate account persons", "SELECT COUNT(*) - COUNT(DISTINCT person_id) FROM account"},
            new String[] {"instrument region, items", "SELECT COUNT(*) FROM instrument_item it "
                    + "LEFT JOIN instrument i ON i.id = it.instrument_id LEFT JOIN region r ON r.id = i.region_id "
                    + "LEFT JOIN competency c ON c.id = it.competency_id WHERE r.id IS NULL OR c.id IS NULL"},
            new String[] {"item_option.item_id", "SELECT COUNT(*) FROM item_option o "
                    + "LEFT JOIN instrument_item it ON it.id = o.item_id WHERE it.id IS NULL"},
            new String[] {"attempt person, instrument", "SELECT COUNT(*) FROM attempt a "
                    + "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN instrument i ON i.id = a.instrument_id "
                    + "WHERE p.id IS NULL OR i.id IS NULL"},
            // An answer must name an item of its own attempt's instrument.
            new String[] {"attempt_answer items", "SELECT COUNT(*) FROM attempt_answer x "
                    + "LEFT JOIN attempt a ON a.id = x.attempt_id LEFT JOIN instrument_item it ON it.id = x.item_id "
                    + "WHERE a.id IS NULL OR it.id IS NULL OR it.instrument_id <> a.instrument_id"},
            new String[] {"attempt_result.attempt_id", "SELECT COUNT(*) FROM attempt_result r "
                    + "LEFT JOIN attempt a ON a.id = r.attempt_id WHERE a.id IS NULL"},
            new String[] {"competency_level attempts", "SELECT COUNT(*) FROM competency_level l "
                    + "LEFT JOIN attempt a ON a.id = l.attempt_id WHERE a.id IS NULL OR a.person_id <> l.person_id"},
            new String[] {"deficit_history attempts", "SELECT COUNT(*) FROM deficit_history d "
                    + "LEFT JOIN attempt o ON o.id = d.opened_by_attempt_id "
                    + "LEFT JOIN attempt c ON c.id = d.closed_by_attempt_id "
                    + "WHERE o.person_id IS NULL OR o.person_id <> d.person_id "
                    + "OR (d.closed_by_attempt_id IS NOT NULL AND (c.id IS NULL OR c.person_id <> d.person_id))"},
            new String[] {"open deficits = DEFICIT levels", "SELECT (SELECT COUNT(*) FROM deficit_history "
                    + "WHERE closed_at IS NULL) - (SELECT COUNT(*) FROM competency_level WHERE level = 'DEFICIT')"});

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
                System.out.println();
                System.out.println("Measured staff with at least one deficit, by school flag of 2026:");
                for (String flag : List.of("low_results", "adverse_conditions", "high_results")) {
                    String staff = "FROM person p JOIN school_program_year y ON y.school_id = p.school_id "
                            + "AND y.program_year = 2026 AND y." + flag + " WHERE EXISTS "
                            + "(SELECT 1 FROM competency_level l WHERE l.person_id = p.id)";
                    long measured = count(s, "SELECT COUNT(*) " + staff);
                    long deficit = count(s, "SELECT COUNT(*) " + staff + " AND EXISTS (SELECT 1 FROM competency_level l "
                            + "WHERE l.person_id = p.id AND l.level = 'DEFICIT')");
                    System.out.printf("  %-22s %,8d of %,8d (%.0f %%)%n", flag, deficit, measured,
                            measured == 0 ? 0.0 : 100.0 * deficit / measured);
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
