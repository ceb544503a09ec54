package ru.trajectory.platform.notifications.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.notifications.service.NotificationPage;
import ru.trajectory.platform.notifications.service.Notifications;

/**
 * «Уведомления»: the caller's notifications newest first, a page at a time with «Показать ещё»,
 * optionally only the unread ones, with read marks one by one or all at once.
 */
@Named
@ViewScoped
public class NotificationList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE = 20;

    @Inject
    Notifications notifications;

    private boolean unreadOnly;
    private int shown = PAGE;
    private List<NotificationRow> items = List.of();
    private long total;
    private long unread;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        NotificationPage page = notifications.mine(unreadOnly, 0, shown);
        items = page.items().stream().map(NotificationRow::new).toList();
        total = page.total();
        unread = page.unread();
    }

    public void more() {
        shown += PAGE;
        reload();
    }

    public void markRead(long id) {
        try {
            notifications.markRead(id);
        } catch (NotFoundException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        reload();
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        if (marked > 0) {
            FacesContext context = FacesContext.getCurrentInstance();
            message(FacesMessage.SEVERITY_INFO,
                    context.getApplication().getResourceBundle(context, "msg").getString("notifications.allMarked"));
        }
        reload();
    }

    public List<NotificationRow> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public long getUnread() {
        return unread;
    }

    public boolean isMoreAvailable() {
        return items.size() < total;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        if (this.unreadOnly != unreadOnly) {
            shown = PAGE;
        }
        this.unreadOnly = unreadOnly;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
