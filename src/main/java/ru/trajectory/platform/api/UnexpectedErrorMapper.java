package ru.trajectory.platform.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything no other mapper claims is a server bug: 500 with a generic Russian body. The
 * exception message never reaches the client (it may hold SQL, bind values or personal
 * data); the log gets the exception class and stack trace under an incident number that the
 * body repeats, so support can find it without the message being shown to anybody.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        if (LOG.isLoggable(Level.SEVERE)) {
            // Stack frames only: messages of persistence and driver exceptions may quote personal data.
            Throwable trace = new Throwable(e.getClass().getName() + " (инцидент " + incident + ")");
            trace.setStackTrace(e.getStackTrace());
            Throwable cause = e.getCause();
            Throwable last = trace;
            // Bounded: a cause chain may be cyclic.
            for (int depth = 0; cause != null && depth < 16; depth++) {
                Throwable c = new Throwable(cause.getClass().getName());
                c.setStackTrace(cause.getStackTrace());
                last.initCause(c);
                last = c;
                cause = cause.getCause();
            }
            LOG.log(Level.SEVERE, "Необработанная ошибка API, инцидент " + incident, trace);
        }
        return Problems.response(500, StatusTitles.of(500),
                "Внутренняя ошибка сервера. Номер инцидента: " + incident);
    }
}
