package ru.trajectory.diagnostics.web;

import java.util.function.Function;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Messages of the authoring pages: a refused field's Russian message goes next to the input
 * that holds it, anything without an input on the page goes to the form's global messages.
 */
final class AuthoringMessages {

    private AuthoringMessages() {
    }

    static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    static void error(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    /**
     * Each field error at the component the mapping names; those it cannot place are shown
     * globally, so that no refusal goes unseen.
     */
    static void fields(ValidationFailure failure, Function<String, String> clientIdOf) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldError e : failure.getErrors()) {
            String clientId = clientIdOf.apply(e.field());
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), null));
        }
        if (failure.getErrors().stream().anyMatch(e -> clientIdOf.apply(e.field()) != null)) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("authoring.fixFields"), null));
        }
        context.validationFailed();
    }
}
