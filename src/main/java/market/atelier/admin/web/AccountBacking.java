package market.atelier.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import market.atelier.account.Role;
import market.atelier.account.web.CurrentAccount;
import market.atelier.admin.AccountAdmin;
import market.atelier.admin.AccountAdmin.Detail;
import market.atelier.admin.AdminException;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/account?id=N}: one account; suspend or lift the suspension with a reason, grant or revoke VERIFIER
 * and ADMIN. Refusals (the last admin, oneself, no reason) are shown on the page.
 */
@Named("adminAccount")
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdmin accounts;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "id")
    private String idParam;

    private Long accountId;
    private Detail detail;
    private String reason;

    @PostConstruct
    void load() {
        try {
            accountId = Long.valueOf(idParam);
            detail = accounts.detail(accountId).orElse(null);
        } catch (NumberFormatException e) {
            detail = null;
        }
    }

    public void checkFound() {
        if (detail == null) {
            Faces.responseSendError(404, "No such account");
        }
    }

    public Detail getDetail() {
        return detail;
    }

    public boolean isSelf() {
        return detail != null && current.id().map(id -> id == detail.row().id()).orElse(false);
    }

    public List<Role> getGrantable() {
        return List.of(Role.VERIFIER, Role.ADMIN);
    }

    public boolean holds(Role role) {
        return detail != null && detail.row().roles().contains(role);
    }

    public void suspend() {
        act(() -> accounts.suspend(adminId(), accountId, reason), "admin.account.suspended");
    }

    public void unsuspend() {
        act(() -> accounts.unsuspend(adminId(), accountId, reason), "admin.account.unsuspended");
    }

    public void grant(Role role) {
        act(() -> accounts.grant(adminId(), accountId, role), "admin.account.granted", role.name());
    }

    public void revoke(Role role) {
        act(() -> accounts.revoke(adminId(), accountId, role), "admin.account.revoked", role.name());
    }

    private void act(Runnable action, String doneKey, Object... args) {
        try {
            action.run();
            Messages.info(null, doneKey, args);
            reason = null;
        } catch (AdminException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "admin.account.error.refused");
        }
        detail = accounts.detail(accountId).orElse(null);
    }

    private long adminId() {
        return current.id().orElseThrow(() -> new AccessRefused("not signed in"));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
