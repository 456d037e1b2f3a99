package market.atelier.it;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Instant;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.shared.Money;
import market.atelier.shared.Slug;
import market.atelier.shop.Shop;

/**
 * Test deployments only (never in the real WAR): {@code GET /test-fixtures/hostile-shop} makes sure a live shop
 * whose texts are full of markup exists, for browser tests that check escaping. Answers with its slug.
 */
@WebServlet("/test-fixtures/*")
public class FixtureServlet extends HttpServlet {

    public static final String HOSTILE = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
    public static final String HOSTILE_SHOP = "Evil " + HOSTILE;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/hostile-shop".equals(request.getPathInfo())) {
            response.sendError(404);
            return;
        }
        String slug = Slug.of(HOSTILE_SHOP);
        try {
            tx.begin();
            if (em.createNamedQuery(Shop.BY_SLUG, Shop.class).setParameter("slug", slug).getResultList().isEmpty()) {
                Shop shop = Fixtures.shop(em, Fixtures.account(em, "xss-" + System.nanoTime() + "@it.atelier"), HOSTILE_SHOP);
                shop.setTagline(HOSTILE);
                shop.setStory("First paragraph " + HOSTILE + "\n\nSecond paragraph.");
                Listing listing = new Listing(shop, "Ring " + HOSTILE, em.find(Category.class, "rings"),
                        Money.euros(5_000), Instant.now());
                listing.setDescription(HOSTILE);
                listing.setMakerStatement(HOSTILE);
                listing.setStock(1);
                listing.setStatus(ListingStatus.ACTIVE);
                em.persist(listing);
            }
            tx.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(slug);
    }
}
