package ru.trajectory.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.service.People;

/**
 * The main menu and the header's "who is signed in", built from the caller's roles. It
 * lists only pages that work today, so nobody meets a dead link; the services still check
 * every request, the menu is a convenience, not the access control.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    People people;

    private MenuModel model;
    private String callerName;

    @PostConstruct
    void build() {
        Caller caller = currentCaller.get();
        model = new DefaultMenuModel();
        if (!caller.isSignedIn()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        String root = context.getExternalContext().getRequestContextPath();
        String viewId = context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
        Object request = context.getExternalContext().getRequest();
        if (request instanceof jakarta.servlet.http.HttpServletRequest http && http.getQueryString() != null
                && !context.isPostback()) {
            // «Моя школа» is current on the own school's page only, not on every school page.
            viewId += "?" + http.getQueryString();
        }

        add(msg.getString("nav.home"), "pi pi-home", root, "/index.xhtml", viewId);
        add(msg.getString("nav.territory"), "pi pi-sitemap", root, "/organizations/territory.xhtml", viewId);
        Set<Long> ownSchools = caller.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL);
        if (!ownSchools.isEmpty()) {
            long school = ownSchools.stream().sorted().findFirst().orElseThrow();
            add(msg.getString("nav.mySchool"), "pi pi-building", root,
                    "/organizations/school.xhtml?id=" + school, viewId);
        }
        if (caller.personId() != null) {
            add(msg.getString("nav.profile"), "pi pi-user", root,
                    "/organizations/person.xhtml?id=" + caller.personId(), viewId);
        }
        addDiagnostics(caller, msg, root, viewId, ownSchools);
        addCourses(caller, msg, root, viewId);
        addPractices(caller, msg, root, viewId);
        if (caller.personId() != null) {
            add(msg.getString("nav.notifications"), "pi pi-bell", root, "/notifications.xhtml", viewId);
        }
        add(msg.getString("nav.password"), "pi pi-key", root, "/identity/password.xhtml", viewId);
        if (caller.has(Role.ADMIN)) {
            add(msg.getString("nav.audit"), "pi pi-shield", root, "/identity/audit.xhtml", viewId);
            add(msg.getString("nav.accounts"), "pi pi-users", root, "/identity/accounts.xhtml", viewId);
        }
        model.getElements().add(DefaultMenuItem.builder()
                .id("nav-signout")
                .value(msg.getString("nav.signOut"))
                .icon("pi pi-sign-out")
                .command("#{signOut.signOut}")
                .ajax(false)
                .build());
        callerName = caller.personId() == null ? caller.login()
                : people.fullName(caller.personId()).orElse(caller.login());
    }

    /** Diagnostics: taking them (staff of schools), authoring (methodologists), counts (managers). */
    private void addDiagnostics(Caller caller, ResourceBundle msg, String root, String viewId, Set<Long> ownSchools) {
        if (caller.has(Role.TEACHER) || caller.has(Role.MENTOR) || caller.has(Role.SCHOOL_ADMIN)) {
            add(msg.getString("nav.myDiagnostics"), "pi pi-check-square", root, "/diagnostics/my.xhtml", viewId);
            add(msg.getString("nav.myDeficits"), "pi pi-chart-bar", root, "/diagnostics/profile.xhtml", viewId);
        }
        if (caller.has(Role.METHODOLOGIST) || caller.has(Role.ADMIN)) {
            add(msg.getString("nav.instruments"), "pi pi-pencil", root, "/diagnostics/instruments.xhtml", viewId);
            add(msg.getString("nav.framework"), "pi pi-list", root, "/diagnostics/framework.xhtml", viewId);
        }
        if (caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.MUNICIPAL_COORDINATOR) || caller.has(Role.REGIONAL_OPERATOR)
                || caller.has(Role.METHODOLOGIST) || caller.has(Role.ADMIN)) {
            add(msg.getString("nav.heatmap"), "pi pi-th-large", root, "/diagnostics/heatmap.xhtml", viewId);
        }
        if (!ownSchools.isEmpty()) {
            add(msg.getString("nav.participation"), "pi pi-users", root,
                    "/diagnostics/participation.xhtml?school=" + ownSchools.stream().sorted().findFirst().orElseThrow(),
                    viewId);
        }
    }

    /** The course catalogue for everyone who works in a region; «Мои курсы» for those who enroll. */
    private void addCourses(Caller caller, ResourceBundle msg, String root, String viewId) {
        if (caller.personId() == null) {
            return;
        }
        add(msg.getString("nav.catalogue"), "pi pi-book", root, "/courses/catalogue.xhtml", viewId);
        add(msg.getString("nav.events"), "pi pi-megaphone", root, "/courses/events.xhtml", viewId);
        if (caller.has(Role.TEACHER) || caller.has(Role.MENTOR) || caller.has(Role.SCHOOL_ADMIN)) {
            add(msg.getString("nav.myCourses"), "pi pi-bookmark", root, "/courses/my.xhtml", viewId);
            add(msg.getString("nav.calendar"), "pi pi-calendar", root, "/courses/calendar.xhtml", viewId);
        }
        if (caller.has(Role.SCHOOL_ADMIN)) {
            add(msg.getString("nav.staffLearning"), "pi pi-inbox", root, "/courses/requests.xhtml", viewId);
        }
        if (caller.has(Role.METHODOLOGIST) || caller.has(Role.ADMIN)) {
            add(msg.getString("nav.manageCourses"), "pi pi-cog", root, "/courses/manage.xhtml", viewId);
        }
    }

    /** The bank for everyone who works in a region; the review queue and the index for those who keep it. */
    private void addPractices(Caller caller, ResourceBundle msg, String root, String viewId) {
        if (caller.personId() != null) {
            add(msg.getString("nav.practices"), "pi pi-lightbulb", root, "/practices/search.xhtml", viewId);
            add(msg.getString("nav.myPractices"), "pi pi-file-edit", root, "/practices/mine.xhtml", viewId);
        }
        if (caller.has(Role.METHODOLOGIST) || caller.has(Role.ADMIN)) {
            add(msg.getString("nav.practiceReview"), "pi pi-verified", root, "/practices/queue.xhtml", viewId);
        }
        if (caller.has(Role.ADMIN)) {
            add(msg.getString("nav.searchIndex"), "pi pi-database", root, "/practices/index-admin.xhtml", viewId);
        }
    }

    private void add(String label, String icon, String root, String path, String currentPage) {
        boolean current = path.equals(currentPage);
        model.getElements().add(DefaultMenuItem.builder()
                .value(label)
                .icon(icon)
                .url(root + path)
                .styleClass(current ? "is-current" : null)
                .build());
    }

    public MenuModel getModel() {
        return model;
    }

    public boolean isSignedIn() {
        return currentCaller.get().isSignedIn();
    }

    public String getCallerName() {
        return callerName;
    }

    public String getLogin() {
        return currentCaller.get().login();
    }

    /** The caller's roles in the order of DESIGN.md, for the header. */
    public List<Role> getRoles() {
        Set<Role> held = currentCaller.get().roles();
        return EnumSet.allOf(Role.class).stream().filter(held::contains).toList();
    }
}
