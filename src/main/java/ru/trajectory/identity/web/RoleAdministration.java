package ru.trajectory.identity.web;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.identity.entity.Account;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Accounts;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.identity.service.Grant;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Administrators find an account by login, see its roles and grant or revoke them. The
 * {@link Accounts} service checks the administrator role again and audits every change.
 */
@Named
@ViewScoped
public class RoleAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller currentCaller;

    private String query;
    private String foundLogin;
    private boolean enabled;
    private List<Grant> grants = List.of();

    private Role role;
    private ScopeType scopeType;
    private Long scopeId;

    /** Only administrators may even see the form. */
    public void load() {
        requireAdmin();
    }

    public void find() {
        requireAdmin();
        String login = query == null ? "" : query.strip();
        foundLogin = null;
        grants = List.of();
        accounts.forAdministration(login).ifPresentOrElse(this::show,
                () -> error("accounts-form:query", text("accounts.notFound")));
    }

    public void grant() {
        requireAdmin();
        if (foundLogin == null) {
            return;
        }
        try {
            accounts.grant(foundLogin, role, scopeType, scopeType == ScopeType.GLOBAL ? null : scopeId);
            info(text("accounts.granted"));
            role = null;
            scopeType = null;
            scopeId = null;
            reload();
        } catch (ValidationFailure failure) {
            for (FieldError e : failure.getErrors()) {
                error("scope".equals(e.field()) ? "grant-form:scopeType" : null, e.message());
            }
        } catch (NotFoundException | AccessDeniedException e) {
            error(null, text("accounts.notFound"));
        }
    }

    public void revoke(Grant row) {
        requireAdmin();
        if (foundLogin == null) {
            return;
        }
        try {
            accounts.revoke(foundLogin, row.getRole(), row.getScopeType(), row.getScopeId());
            info(text("accounts.revoked"));
            reload();
        } catch (NotFoundException | AccessDeniedException e) {
            error(null, text("accounts.notFound"));
        }
    }

    private void reload() {
        accounts.forAdministration(foundLogin).ifPresent(this::show);
    }

    private void show(Account account) {
        foundLogin = account.getLogin();
        enabled = account.isEnabled();
        grants = account.getRoles().stream()
                .map(r -> new Grant(r.getRole(), r.getScopeType(), r.getScopeId()))
                .sorted(Comparator.comparing(Grant::getRole).thenComparing(Grant::getScopeType))
                .toList();
    }

    private void requireAdmin() {
        if (!currentCaller.get().has(Role.ADMIN)) {
            throw new AccessDeniedException("Роли выдаёт только администратор");
        }
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        return msg.getString(key);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public ScopeType[] getScopeTypes() {
        return ScopeType.values();
    }

    public boolean isFound() {
        return foundLogin != null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getFoundLogin() {
        return foundLogin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<Grant> getGrants() {
        return grants;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public void setScopeType(ScopeType scopeType) {
        this.scopeType = scopeType;
    }

    public Long getScopeId() {
        return scopeId;
    }

    public void setScopeId(Long scopeId) {
        this.scopeId = scopeId;
    }
}
