package ru.trajectory.identity.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.trajectory.identity.service.PasswordChange;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/** The signed-in person changes their own password. */
@Named
@ViewScoped
public class ChangePassword implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field name → the input's client id, so each message appears at its field. */
    private static final Map<String, String> FIELDS = Map.of(
            "current", "password-form:current",
            "replacement", "password-form:replacement",
            "confirmation", "password-form:confirmation");

    @Inject
    PasswordChange passwordChange;

    private transient String current;
    private transient String replacement;
    private transient String confirmation;

    public void change() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        char[] a = chars(current);
        char[] b = chars(replacement);
        char[] c = chars(confirmation);
        // Passwords never outlive the request in the view state, whatever the outcome.
        current = null;
        replacement = null;
        confirmation = null;
        try {
            passwordChange.change(a, b, c, request.getRemoteAddr());
            request.changeSessionId();
            ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("password.changed"), null));
        } catch (ValidationFailure failure) {
            for (FieldError error : failure.getErrors()) {
                context.addMessage(FIELDS.get(error.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
            context.validationFailed();
        } finally {
            Arrays.fill(a, '\0');
            Arrays.fill(b, '\0');
            Arrays.fill(c, '\0');
        }
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
