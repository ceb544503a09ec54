package ru.trajectory.platform.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The interface language of one browser session. Russian is the portal's language and the
 * default whatever the browser asks for; English is offered for guests and reviewers.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = RUSSIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /**
     * Switches the language and reloads the current page by a redirect, so that request-scoped
     * pages run their view actions again with their view parameters.
     */
    public String switchTo(String language) {
        locale = ENGLISH.getLanguage().equals(language) ? ENGLISH : RUSSIAN;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
