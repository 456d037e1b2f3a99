package market.atelier.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.account.web.CurrentAccount;
import market.atelier.admin.AdminException;
import market.atelier.admin.CategoryAdmin;
import market.atelier.catalog.Category;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;

/**
 * {@code /admin/categories}: every category with its names in English and German (editable in place), retire and
 * bring back, and a form to add one. What was typed stays in the fields when it is refused.
 */
@Named("adminCategories")
@ViewScoped
public class CategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CategoryAdmin categories;

    @Inject
    private CurrentAccount current;

    private transient List<Category> all; // entities: read again on another server
    private final Map<String, String> namesEn = new HashMap<>();
    private final Map<String, String> namesDe = new HashMap<>();
    private String code;
    private String nameEn;
    private String nameDe;

    public List<Category> getAll() {
        if (all == null) {
            all = categories.all();
            for (Category category : all) {
                namesEn.putIfAbsent(category.getCode(), category.getNameEn());
                namesDe.putIfAbsent(category.getCode(), category.getNameDe());
            }
        }
        return all;
    }

    public void add() {
        try {
            Category added = categories.add(adminId(), code, nameEn, nameDe);
            Messages.info(null, "admin.categories.added", added.getNameEn());
            code = null;
            nameEn = null;
            nameDe = null;
            all = null;
        } catch (AdminException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    public void rename(String categoryCode) {
        try {
            Category renamed = categories.rename(adminId(), categoryCode, namesEn.get(categoryCode),
                    namesDe.get(categoryCode));
            Messages.info(null, "admin.categories.renamed", renamed.getNameEn(), renamed.getNameDe());
            reload(categoryCode);
        } catch (AdminException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "admin.categories.error.gone");
        }
    }

    public void retire(String categoryCode, boolean retired) {
        try {
            Category category = categories.retire(adminId(), categoryCode, retired);
            Messages.info(null, retired ? "admin.categories.retired" : "admin.categories.unretired",
                    category.getNameEn());
            reload(categoryCode);
        } catch (AccessRefused e) {
            Messages.error(null, "admin.categories.error.gone");
        }
    }

    private void reload(String categoryCode) {
        namesEn.remove(categoryCode);
        namesDe.remove(categoryCode);
        all = null;
    }

    private long adminId() {
        return current.id().orElseThrow(() -> new AccessRefused("not signed in"));
    }

    public Map<String, String> getNamesEn() {
        return namesEn;
    }

    public Map<String, String> getNamesDe() {
        return namesDe;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }
}
