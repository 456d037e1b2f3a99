package market.atelier.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import market.atelier.admin.AccountAdmin;
import market.atelier.admin.AccountAdmin.Row;
import market.atelier.shared.web.PagedModel;

/** {@code /admin/accounts}: accounts found by name or e-mail, a page at a time (two queries a page). */
@Named("adminAccounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TEXT_MAX = 254;

    @Inject
    private AccountAdmin accounts;

    private String text;
    private transient PagedModel<Row> model; // made again where missing

    /** The lazy model of the table: what the search box says, a page at a time. */
    public PagedModel<Row> getModel() {
        if (model == null) {
            model = new PagedModel<>(() -> accounts.count(text), (first, max) -> accounts.search(text, first, max),
                    Row::id);
        }
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }
}
