package ru.trajectory.platform.notifications.service;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

/**
 * Drains the e-mail outbox every {@code notifications.mail.interval-seconds}. The timer is
 * programmatic and not persistent: every server starts its own at boot, and the outbox's
 * SKIP LOCKED claims keep them from sending the same row. Nothing runs when mail is disabled.
 */
@Singleton
@Startup
@DependsOn("MigrationOnStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    /** Small batches keep each claim short and let other servers take the rest meanwhile. */
    static final int BATCH = 20;

    /** Batches per tick at most, so that a flood of mail cannot keep one tick running for ever. */
    private static final int MAX_BATCHES = 50;

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    /** A tick that is still sending makes the next one skip rather than queue behind it. */
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (!settings.enabled()) {
            LOG.info("E-mail is off (mail.enabled=false): notifications are shown in the portal only");
            return;
        }
        timers.createIntervalTimer(settings.intervalMillis(), settings.intervalMillis(),
                new TimerConfig("notification-mail", false));
        LOG.info(() -> "E-mail copies of notifications go through " + settings.host() + ":" + settings.port()
                + " every " + settings.intervalMillis() / 1000 + " s");
    }

    @Timeout
    void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < MAX_BATCHES; i++) {
                List<OutgoingMail> batch = outbox.claim(BATCH);
                batch.forEach(this::deliver);
                if (batch.size() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // The database is away or similar: the rows stay PENDING and the next tick tries again.
            LOG.log(Level.WARNING, "E-mail outbox tick failed", e);
        } finally {
            running.set(false);
        }
    }

    private void deliver(OutgoingMail mail) {
        try {
            mailer.send(mail);
            outbox.sent(mail.notificationId());
        } catch (MessagingException e) {
            boolean permanent = Mailer.permanent(e);
            LOG.log(Level.WARNING, "E-mail of notification " + mail.notificationId() + " not sent"
                    + (permanent ? " (address refused, giving up): " : ", will retry: ") + e);
            outbox.failed(mail.notificationId(), e.getClass().getSimpleName() + ": " + e.getMessage(), permanent);
        }
    }
}
