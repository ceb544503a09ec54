package ru.trajectory.diagnostics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.entity.Level;

/**
 * Formatting shared by the diagnostics pages. Dates are shown in Moscow time, as the
 * attempt service words its deadlines; views call these instead of converters because
 * the view models carry {@link Instant}s.
 */
@Named("diagFormat")
@ApplicationScoped
public class DiagnosticsFormat {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** «72,5 %» in Russian, «72.5 %» in English; whole numbers without decimals. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(value.setScale(1, RoundingMode.HALF_UP)) + "\u00a0%";
    }

    /** The CSS modifier of a level, so colour always comes with the level's text. */
    public String levelClass(Level level) {
        return level == null ? "level-none" : "level-" + level.name().toLowerCase(Locale.ROOT);
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null && context.getViewRoot().getLocale() != null) {
            return context.getViewRoot().getLocale();
        }
        return Locale.forLanguageTag("ru");
    }
}
