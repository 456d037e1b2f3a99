package market.atelier.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.CategoryCount;
import market.atelier.catalog.ListingCard;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** The home page: categories and the newest pieces, each list read once per request. */
@Named("home")
@RequestScoped
public class HomeBacking {

    static final int NEW_PIECES = 24;

    @Inject
    private CatalogService catalog;

    @Inject
    @Param(pathIndex = 0)
    private String unknownPath;

    private List<ListingCard> newPieces;
    private List<CategoryCount> categories;

    /** MultiViews sends every unknown address here: those are 404, only "/" is the home page. */
    public void notFoundUnlessRoot() throws IOException {
        if (unknownPath != null && !unknownPath.isEmpty()) {
            Faces.responseSendError(404, "No such page");
        }
    }

    public List<ListingCard> getNewPieces() {
        if (newPieces == null) {
            newPieces = catalog.newest(NEW_PIECES);
        }
        return newPieces;
    }

    public List<CategoryCount> getCategories() {
        if (categories == null) {
            categories = catalog.categoryCounts();
        }
        return categories;
    }
}
