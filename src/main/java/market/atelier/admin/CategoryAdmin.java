package market.atelier.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import market.atelier.catalog.Category;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.AuditLog;

/**
 * The category taxonomy for admins: add (a slug and names in English and German), rename, retire and un-retire.
 * Retiring keeps every listing's category (pages still show its name); the category is no longer offered for new
 * listings nor in browse filters. Each change fires {@link CatalogChanged#pages()} so every server drops its kept
 * pages and cached categories, and is written to the audit log in the same transaction.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CategoryAdmin {

    /** A slug: lower-case letters and digits, single hyphens between. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<CatalogChanged> changed;

    /** Every category, retired ones too, in taxonomy order. */
    public List<Category> all() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public Category add(long adminId, String code, String nameEn, String nameDe) {
        String slug = code == null ? "" : code.strip();
        if (slug.isEmpty()) {
            throw new AdminException("admin.categories.error.codeRequired");
        }
        if (slug.length() > Category.CODE_MAX || !CODE.matcher(slug).matches()) {
            throw new AdminException("admin.categories.error.codeInvalid");
        }
        String en = name(nameEn);
        String de = name(nameDe);
        if (em.find(Category.class, slug) != null) {
            throw new AdminException("admin.categories.error.codeTaken");
        }
        unique(null, en, de);
        Integer last = em.createQuery("SELECT MAX(c.position) FROM Category c", Integer.class).getSingleResult();
        Category category = new Category(slug, last == null ? 1 : last + 1, en, de);
        em.persist(category);
        audit.record(adminId, "category.add", "category", slug, null, en + " / " + de, null);
        changed.fire(CatalogChanged.pages());
        return category;
    }

    public Category rename(long adminId, String code, String nameEn, String nameDe) {
        Category category = category(code);
        String en = name(nameEn);
        String de = name(nameDe);
        unique(category.getCode(), en, de);
        String before = category.getNameEn() + " / " + category.getNameDe();
        if (en.equals(category.getNameEn()) && de.equals(category.getNameDe())) {
            return category;
        }
        category.rename(en, de);
        audit.record(adminId, "category.rename", "category", category.getCode(), before, en + " / " + de, null);
        changed.fire(CatalogChanged.pages());
        return category;
    }

    /** Retires ({@code true}) or brings back ({@code false}) a category. */
    public Category retire(long adminId, String code, boolean retired) {
        Category category = category(code);
        if (category.isRetired() == retired) {
            return category;
        }
        category.setRetired(retired);
        audit.record(adminId, retired ? "category.retire" : "category.unretire", "category", category.getCode(),
                retired ? "offered" : "retired", retired ? "retired" : "offered", null);
        changed.fire(CatalogChanged.pages());
        return category;
    }

    private Category category(String code) {
        Category category = code == null ? null : em.find(Category.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (category == null) {
            throw new AccessRefused("category " + code);
        }
        return category;
    }

    private static String name(String name) {
        return AdminException.required(name, Category.NAME_MAX, "admin.categories.error.nameRequired",
                "admin.categories.error.nameTooLong");
    }

    /** No other category has either name (in either language, ignoring case). */
    private void unique(String except, String en, String de) {
        for (Category other : all()) {
            if (other.getCode().equals(except)) {
                continue;
            }
            if (same(other.getNameEn(), en) || same(other.getNameDe(), de)) {
                throw new AdminException("admin.categories.error.nameTaken");
            }
        }
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
