package ru.trajectory.platform.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/** Puts the services' Russian refusals and a page's confirmations on the page as Faces messages. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    /** An info message that survives the redirect after a POST. */
    public static void keep(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(RuntimeException e) {
        if (e instanceof ValidationFailure failure && !failure.getErrors().isEmpty()) {
            add(FacesMessage.SEVERITY_ERROR, failure.getErrors().stream().map(FieldError::message)
                    .collect(Collectors.joining("; ")));
        } else {
            add(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    /**
     * Each field error at the input the mapping names, so it shows beside what the user typed;
     * one it cannot place goes to the global messages, so that no refusal goes unseen.
     */
    public static void fields(ValidationFailure failure, Function<String, String> clientIdOf) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldError e : failure.getErrors()) {
            context.addMessage(clientIdOf.apply(e.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), null));
        }
        context.validationFailed();
    }

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
