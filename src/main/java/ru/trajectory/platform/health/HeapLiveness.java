package ru.trajectory.platform.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the heap stays nearly full even right after garbage collection — the state
 * in which a JVM only collects and never recovers, and a restart is the cure. The heap in
 * use between collections says nothing (it is routinely close to the maximum), so the check
 * reads each pool's usage as the last collection left it.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    /** Share of the maximum heap still in use after a collection above which the JVM is stuck. */
    static final double EXHAUSTED = 0.95;

    @Override
    public HealthCheckResponse call() {
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isCollectionUsageThresholdSupported()) {
                continue;
            }
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (afterGc == null || afterGc.getMax() <= 0) {
                continue;
            }
            used += afterGc.getUsed();
            max += afterGc.getMax();
        }
        double share = max == 0 ? 0 : (double) used / max;
        return HealthCheckResponse.named("heap")
                .status(share < EXHAUSTED)
                .withData("usedAfterGcPercent", Math.round(share * 100))
                .build();
    }
}
