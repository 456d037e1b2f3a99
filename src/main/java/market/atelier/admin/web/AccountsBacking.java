package market.atelier.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import market.atelier.admin.AccountAdmin;
import market.atelier.admin.AccountAdmin.Row;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /admin/accounts}: accounts found by name or e-mail, a page at a time (two queries a page). */
@Named("adminAccounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TEXT_MAX = 254;

    @Inject
    private AccountAdmin accounts;

    private String text;
    private transient Model model; // PrimeFaces' model keeps converters and listeners: made again where missing

    /** The lazy model of the table: what the search box says, a page at a time. */
    public final class Model extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, accounts.count(text));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.search(text, first, pageSize);
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return null; // no row selection
        }
    }

    public Model getModel() {
        if (model == null) {
            model = new Model();
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
