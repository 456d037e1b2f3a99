package market.atelier.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.Category;

/**
 * The categories with their names, read once and kept until the catalog changes (an admin adds, renames or retires
 * one: {@link CatalogChanged}, also when read from another server's change feed); the search page shows them on
 * every request. Retired ones are kept for their names (listings keep them) but not offered ({@link #offered()}).
 */
@ApplicationScoped
public class Categories {

    @Inject
    private CatalogService catalog;

    private volatile List<Category> all;

    /** The categories offered in browse filters: not retired. */
    public List<Category> offered() {
        return all().stream().filter(c -> !c.isRetired()).toList();
    }

    /** Whether this category code is offered in browse filters. */
    public boolean isOffered(String code) {
        return all().stream().anyMatch(c -> c.getCode().equals(code) && !c.isRetired());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        all = null;
    }

    public List<Category> all() {
        List<Category> current = all;
        if (current == null) {
            current = List.copyOf(catalog.categories());
            all = current;
        }
        return current;
    }
}
