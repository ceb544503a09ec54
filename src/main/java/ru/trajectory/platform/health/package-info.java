/**
 * MicroProfile Health checks of the portal (served by Payara Micro at {@code /health},
 * {@code /health/live}, {@code /health/ready}) and the probe they share with the API's
 * {@code GET /api/v1/health}. Liveness asks only whether this JVM can still work, so that an
 * orchestrator restarts it when it cannot; readiness asks whether requests can be served
 * (database reachable, schema migrated), so that a load balancer stops sending traffic
 * while they cannot, without a restart.
 */
package ru.trajectory.platform.health;
