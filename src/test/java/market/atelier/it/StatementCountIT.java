package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No N+1: every public page is rendered from a small, fixed number of SQL statements, however many cards, shops or
 * badges it shows. Counts every statement EclipseLink sends while a page is requested (the test requests pages one at
 * a time; nothing else runs on the server meanwhile) and prints the figures.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    /** The most statements any public page may take. */
    static final int MAX_PER_PAGE = 8;

    /**
     * The pages a visitor arrives on (issue 14): a listing page reads the piece with its shop, maker, category and
     * photos, its materials and techniques, four more pieces and its reviews; a shop page the shop with its maker,
     * its techniques and materials, its pieces and a page of reviews; a search page the cards. Badges, figures and
     * categories already read by another page are kept.
     */
    static final int LISTING_PAGE = 6;
    static final int SHOP_PAGE = 6;
    static final int SEARCH_PAGE = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(StatementCountIT.class, Http.class);
    }

    /**
     * Counts the SQL calls made while serving HTTP requests (Undertow's "default task" threads), not those of
     * background work that happens to run meanwhile (the mail pump's timer, the search index's feed).
     */
    static final class Counter extends SessionEventAdapter {
        final AtomicInteger statements = new AtomicInteger();
        final java.util.List<String> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        @Override
        public void preExecuteCall(SessionEvent event) {
            if (Thread.currentThread().getName().startsWith("default task-")) {
                statements.incrementAndGet();
                calls.add(String.valueOf(event.getCall()));
            }
        }
    }

    @PersistenceUnit
    private EntityManagerFactory emf;

    @ArquillianResource
    private URL base;

    private final Counter counter = new Counter();

    @BeforeEach
    void listen() {
        emf.unwrap(ServerSession.class).getEventManager().addListener(counter);
    }

    @AfterEach
    void stopListening() {
        emf.unwrap(ServerSession.class).getEventManager().removeListener(counter);
    }

    private int statements(String path, String... headers) {
        Http.get(base, path, "Cache-Control", "no-cache"); // warm: first renders compile views and fill caches
        counter.statements.set(0);
        counter.calls.clear();
        HttpResponse<String> page = Http.get(base, path, headers.length > 0 ? headers
                : new String[] {"Cache-Control", "no-cache"});
        int count = counter.statements.get();
        if (count > MAX_PER_PAGE) {
            counter.calls.forEach(call -> System.out.println("  " + path + ": " + call));
        }
        assertEquals(200, page.statusCode(), path);
        return count;
    }

    @Test
    void publicPagesUseAFewStatementsWhateverTheyShow() {
        String home = Http.get(base, "/").body();
        String listing = link(home, "/listings/");
        String shop = link(home, "/shops/");
        String[] shops = home.split("class=\"maker__name\"><a href=\"/shops/");
        String four = String.join(",", slug(shops[1]), slug(shops[2]), slug(shops[3]), slug(shops[4]));
        String two = String.join(",", slug(shops[1]), slug(shops[2]));
        // A demo shop with months of orders and reviews, and one of its reviewed pieces: reviews cost no N+1.
        String reviewedShop = "/shops/oficina-mare";
        String reviewedPage = Http.get(base, reviewedShop).body();
        String reviewedListing = link(reviewedPage.substring(reviewedPage.indexOf("class=\"review__piece\"")),
                "/listings/");

        Map<String, Integer> figures = new LinkedHashMap<>();
        for (String path : new String[] {"/", "/search?category=rings", "/search?category=rings&page=2",
                "/search?q=silver&verified=true&sort=price_asc", "/search?q=zzzzqqqq", listing, shop,
                shop + "/verification", "/compare?shops=" + two, "/compare?shops=" + four, "/verification",
                "/api/listings?q=silver", "/api/shops/" + slug(shops[1]), reviewedShop, reviewedListing}) {
            figures.put(path, statements(path));
        }
        figures.forEach((path, count) -> System.out.printf("SQL statements %3d  %s%n", count, path));
        assertTrue(figures.get(listing) > 0, "the counter sees the statements of a page rendered afresh");
        figures.forEach((path, count) -> assertTrue(count <= MAX_PER_PAGE,
                path + " took " + count + " statements, at most " + MAX_PER_PAGE));
        assertEquals(figures.get("/search?category=rings&page=2"), figures.get("/search?category=rings"),
                "24 cards cost what 5 cards cost");
        assertEquals(figures.get("/compare?shops=" + two), figures.get("/compare?shops=" + four),
                "four shops cost what two cost");

        // The page cache: a visitor asking again within seconds costs no SQL at all.
        Http.get(base, "/search?category=rings");
        assertEquals(0, statements("/search?category=rings", "Accept", "text/html"), "kept page: no SQL");
    }

    @Test
    void listingShopAndSearchPagesTakeAFixedFewStatementsHoweverMuchTheyShow() {
        // A demo shop with many pieces and months of reviews, one of its reviewed pieces, and a full search page:
        // each shows more cards, reviews and badges than its statements, so an N+1 exceeds its figure at once.
        String shop = "/shops/oficina-mare";
        String shopPage = Http.get(base, shop).body();
        String listing = link(shopPage.substring(shopPage.indexOf("class=\"review__piece\"")), "/listings/");
        String search = "/search?category=rings";
        Map<String, int[]> figures = new LinkedHashMap<>(); // path → statements, limit, things shown
        figures.put(listing, new int[] {statements(listing), LISTING_PAGE,
                count(Http.get(base, listing).body(), "class=\"card\"", "class=\"review\"", "class=\"badge ")});
        figures.put(shop, new int[] {statements(shop), SHOP_PAGE,
                count(shopPage, "class=\"card\"", "class=\"review\"", "class=\"badge ")});
        figures.put(search, new int[] {statements(search), SEARCH_PAGE,
                count(Http.get(base, search).body(), "class=\"card\"", "class=\"badge ")});
        figures.forEach((path, f) -> System.out.printf("SQL statements %3d (at most %d) for %d cards, reviews and badges  %s%n",
                f[0], f[1], f[2], path));
        figures.forEach((path, f) -> {
            assertTrue(f[0] <= f[1], path + " took " + f[0] + " statements, at most " + f[1]);
            assertTrue(f[2] > f[1] + 2, path + " shows " + f[2] + " cards, reviews and badges: too few to reveal an N+1");
        });
    }

    private static int count(String page, String... marks) {
        int count = 0;
        for (String mark : marks) {
            for (int at = page.indexOf(mark); at >= 0; at = page.indexOf(mark, at + 1)) {
                count++;
            }
        }
        return count;
    }

    private static String link(String page, String prefix) {
        int at = page.indexOf("href=\"" + prefix);
        return page.substring(at + 6, page.indexOf('"', at + 6));
    }

    private static String slug(String rest) {
        return rest.substring(0, rest.indexOf('"'));
    }
}
