package ru.trajectory.practices.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.practices.service.SearchIndexAdmin;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.web.PageMessages;

/**
 * «Поисковый индекс» for the administrator: what this server's index holds against the
 * database, the outbox still to apply, and a full rebuild in the background whose progress the
 * page polls while searches keep answering from the old index.
 */
@Named
@ViewScoped
public class SearchIndexPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchIndexAdmin admin;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Moscow"));

    private SearchIndexAdmin.IndexStatus status;

    /** Refused with the portal's 403 page for anyone but the administrator. */
    public void load() {
        status = admin.status();
    }

    public void refresh() {
        status = admin.status();
    }

    public void rebuild() {
        try {
            status = admin.startRebuild();
            PageMessages.info(PageMessages.text("practices.index.rebuildStarted"));
        } catch (ConflictException e) {
            PageMessages.error(e);
            refresh();
        }
    }

    public void suspend() {
        status = admin.suspend();
    }

    public void resume() {
        status = admin.resume();
    }

    /** Moscow time to the second: an operator compares it with the server's log. */
    public String at(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    public SearchIndexAdmin.IndexStatus getStatus() {
        return status;
    }
}
