package market.atelier.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.shared.Slug;
import market.atelier.shop.Shop;

/**
 * Test deployments only: {@code GET /test-fixtures-retire?run=X} archives the pieces of the two shops that
 * {@code /test-fixtures/two-shops?run=X} made, so that a test done with them leaves no "Stacking ring" in the
 * results other browser tests search through.
 */
@WebServlet("/test-fixtures-retire")
public class RetireFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private Event<CatalogChanged> changed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String run = request.getParameter("run");
        if (run == null || !run.matches("[a-z0-9]{4,20}")) {
            response.sendError(400);
            return;
        }
        try {
            tx.begin();
            for (String letter : List.of("A", "B")) {
                for (Shop shop : em.createNamedQuery(Shop.BY_SLUG, Shop.class)
                        .setParameter("slug", Slug.of("Studio " + letter + " " + run)).getResultList()) {
                    em.createQuery("SELECT l FROM Listing l WHERE l.shop = :shop", Listing.class)
                            .setParameter("shop", shop).getResultList()
                            .forEach(listing -> listing.setStatus(ListingStatus.ARCHIVED));
                    changed.fire(CatalogChanged.shop(shop.getId()));
                }
            }
            tx.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write("retired");
    }
}
