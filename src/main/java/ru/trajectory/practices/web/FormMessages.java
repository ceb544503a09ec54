package ru.trajectory.practices.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The services' field errors beside their inputs, one message per input. The practice services
 * report several errors for one field (each unscored criterion, each unknown subject), while a
 * {@code p:message} shows only the first message of its input, so the messages of a field are
 * joined here rather than put one by one as {@code PageMessages.fields} does.
 */
final class FormMessages {

    private FormMessages() {
    }

    /** @param clientIdOf the input of a service field, or null to show the error among the page's messages */
    static void joined(ValidationFailure failure, Function<String, String> clientIdOf) {
        Map<String, StringBuilder> byInput = new LinkedHashMap<>();
        for (FieldError e : failure.getErrors()) {
            String clientId = clientIdOf.apply(e.field());
            StringBuilder text = byInput.computeIfAbsent(clientId == null ? "" : clientId, k -> new StringBuilder());
            if (text.indexOf(e.message()) < 0) {
                text.append(text.length() == 0 ? "" : "; ").append(e.message());
            }
        }
        FacesContext context = FacesContext.getCurrentInstance();
        byInput.forEach((clientId, text) -> context.addMessage(clientId.isEmpty() ? null : clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text.toString(), null)));
        context.validationFailed();
    }
}
