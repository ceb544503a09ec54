package ru.trajectory.courses.service;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link CourseReminders} every {@code courses.reminders.interval-seconds}. A programmatic,
 * non-persistent timer on every server: the reminders' dedupe keys, not the timer, make sure
 * nobody is reminded twice, so a restart or a second server needs no coordination.
 */
@Singleton
@Startup
@DependsOn("MigrationOnStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "courses.reminders.interval-seconds", defaultValue = "900")
    long intervalSeconds;

    @Inject
    CourseReminders reminders;

    /** Timer callbacks that overlap a slow run are skipped instead of queued behind it. */
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long millis = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("course-reminders", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (long session : reminders.sessionsStartingTomorrow()) {
                try {
                    reminders.remindSession(session);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reminders for course session " + session + " failed; next run retries", e);
                }
            }
            for (long event : reminders.eventsStartingSoon()) {
                try {
                    reminders.remindEvent(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reminders for event " + event + " failed; next run retries", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Course reminders run failed; next run retries", e);
        } finally {
            running.set(false);
        }
    }
}
