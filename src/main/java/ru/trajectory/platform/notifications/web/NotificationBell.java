package ru.trajectory.platform.notifications.web;

import java.text.MessageFormat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.platform.notifications.service.Notifications;

/**
 * The header's bell: the caller's unread count, asked once per request (an indexed count),
 * and the label screen readers announce in place of the icon.
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** The badge: a big number would widen the header, so it stops at 99+. */
    public String getBadge() {
        long n = getUnread();
        return n > 99 ? "99+" : Long.toString(n);
    }

    public String getLabel() {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "msg").getString("notifications.bell.label");
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(new Object[] {getUnread()});
    }
}
