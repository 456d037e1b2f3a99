package market.atelier.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.Category;

/**
 * The categories with their names, read once: they are reference data, changed only by a migration (a new
 * deployment), and the search page shows them on every request.
 */
@ApplicationScoped
public class Categories {

    @Inject
    private CatalogService catalog;

    private volatile List<Category> all;

    public List<Category> all() {
        List<Category> current = all;
        if (current == null) {
            current = List.copyOf(catalog.categories());
            all = current;
        }
        return current;
    }
}
