package market.atelier.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import market.atelier.account.AccountException;
import market.atelier.account.AccountService;
import market.atelier.shared.web.Messages;

/**
 * {@code /account/settings}, the delete form: the current password confirms it. A refusal (wrong password, open
 * shop orders, the last admin) is shown next to the field and nothing changes; otherwise this session is signed out
 * (the account's other sessions end at their next request) and the goodbye page follows.
 */
@Named("accountDeletion")
@RequestScoped
public class DeleteAccountBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentAccount current;

    @Inject
    private FacesContext faces;

    private String password;

    public void submit() throws IOException, ServletException {
        try {
            accounts.delete(current.id().orElseThrow(), password);
        } catch (AccountException e) {
            Messages.error("delete:password", e.getMessageKey());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/goodbye");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
