package ru.trajectory.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import ru.trajectory.run.EmbeddedDatabase;

/**
 * The one way tests deploy the portal: the WAR that {@code mvn package} built, unchanged but
 * for its MicroProfile Config, which points at the shared {@link TestDatabase} and
 * {@link TestMail}. Each deployment costs a Payara Micro start (~15 s), so a test class covers
 * a whole area.
 */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    /**
     * Files the portal writes beside its database (search index, attachments), one folder per
     * test run, so tests never touch a developer's own {@code ~/.trajectory}.
     */
    private static final Path RUN_FILES = runFiles();

    private Deployments() {
    }

    /**
     * The deployment's address on loopback: Payara Micro reports the host's first network
     * address, but tests only ever talk to this machine over localhost.
     */
    public static URI local(URL deploymentBase) {
        try {
            URI u = deploymentBase.toURI();
            return new URI(u.getScheme(), u.getUserInfo(), "localhost", u.getPort(), u.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Where the deployed portal keeps attachments: the folder the build names (the demo region
     * loaded by {@link TestDatabase} writes its practices' files there too, so they download),
     * or the run's own folder.
     */
    private static String attachmentsDir() {
        String configured = System.getProperty("trajectory.attachments-dir");
        return configured != null && !configured.isBlank() ? configured : RUN_FILES.resolve("attachments").toString();
    }

    private static Path runFiles() {
        try {
            return Files.createTempDirectory("trajectory-it-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WebArchive portal() {
        return portal(new String[0]);
    }

    /**
     * The portal with extra MicroProfile Config lines ({@code key=value}) for one test class's
     * needs (a small batch, its own index folder); they come last, so they override the lines above.
     */
    public static WebArchive portal(String... extraConfig) {
        File war = new File(System.getProperty("trajectory.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs package before the tests): " + war);
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.delete(CONFIG);
        archive.add(new StringAsset(String.join("\n",
                "db.url=" + TestDatabase.jdbcUrl(),
                "db.user=" + EmbeddedDatabase.USER,
                "db.password=" + EmbeddedDatabase.PASSWORD,
                "trajectory.login.max-failures=5",
                "trajectory.login.window-seconds=60",
                "trajectory.login.lock-seconds=300",
                "trajectory.api.token-hours=8",
                // Mail on, into the run's own SMTP server; short intervals so asynchronous
                // delivery and reminders are observed within seconds.
                "mail.enabled=true",
                "mail.smtp.host=localhost",
                "mail.smtp.port=" + TestMail.smtpPort(),
                "mail.from=" + TestMail.FROM,
                "trajectory.search.index-dir=" + RUN_FILES.resolve("search-index"),
                "trajectory.attachments-dir=" + attachmentsDir(),
                "notifications.mail.interval-seconds=1",
                "courses.reminders.interval-seconds=2",
                "trajectory.public-url=http://localhost",
                String.join("\n", extraConfig),
                "")), CONFIG);
        return archive;
    }
}
