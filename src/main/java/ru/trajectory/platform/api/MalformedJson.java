package ru.trajectory.platform.api;

import jakarta.ws.rs.core.Response;

/** The one answer for a request body that is not JSON or does not fit the expected shape. */
final class MalformedJson {

    static final String DETAIL = "Некорректный JSON в теле запроса";

    private MalformedJson() {
    }

    static Response response() {
        return Problems.response(400, StatusTitles.of(400), DETAIL);
    }

    /**
     * True when the failure happened while a message body was being read. Jersey reports
     * reader and writer failures with the same exception types; only the first is the client's
     * fault, a writer failure is a server bug and must stay a 500.
     */
    static boolean whileReading(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String method = frame.getMethodName();
                if (method.equals("readFrom") || method.equals("aroundReadFrom") || method.equals("readEntity")) {
                    return true;
                }
                if (method.equals("writeTo") || method.equals("aroundWriteTo")) {
                    return false;
                }
            }
        }
        return false;
    }
}
