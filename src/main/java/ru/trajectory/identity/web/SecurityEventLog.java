package ru.trajectory.identity.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.trajectory.identity.entity.SecurityEvent;
import ru.trajectory.identity.entity.SecurityEventType;
import ru.trajectory.identity.service.SecurityAudit;

/** The security audit log for administrators, newest first, filtered by event type and login. */
@Named
@ViewScoped
public class SecurityEventLog implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(SignIn.MOSCOW);

    @Inject
    SecurityAudit audit;

    private SecurityEventType type;
    private String login;
    private final Events events = new Events();

    /** Fails with the forbidden page for anyone but an administrator, before anything renders. */
    public void load() {
        audit.count(null, null);
    }

    /** The filters are read by the model on its next load; the table is reset to page one by the page. */
    public void apply() {
        login = login == null ? null : login.strip();
    }

    public void clear() {
        type = null;
        login = null;
    }

    public SecurityEventType[] getTypes() {
        return SecurityEventType.values();
    }

    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public LazyDataModel<SecurityEvent> getEvents() {
        return events;
    }

    public SecurityEventType getType() {
        return type;
    }

    public void setType(SecurityEventType type) {
        this.type = type;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    private final class Events extends LazyDataModel<SecurityEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(type, login));
        }

        @Override
        public List<SecurityEvent> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return audit.recent(type, login, first, size);
        }

        @Override
        public String getRowKey(SecurityEvent event) {
            return String.valueOf(event.getId());
        }

        @Override
        public SecurityEvent getRowData(String key) {
            return null;
        }
    }
}
