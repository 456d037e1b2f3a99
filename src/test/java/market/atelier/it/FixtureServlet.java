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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeType;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.shared.Money;
import market.atelier.shared.Slug;
import market.atelier.order.Address;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.order.OrderService;
import market.atelier.shop.Shop;

/**
 * Test deployments only (never in the real WAR): {@code GET /test-fixtures/hostile-shop} makes sure a live shop
 * whose texts are full of markup exists, for browser tests that check escaping; {@code GET
 * /test-fixtures/silver-rings} makes sure a live, Handmade-verified shop with thirty silver rings under 100 EUR exists
 * (more than one page of results), listed two years ago so they stay off the home page. Both answer with the slug.
 */
@WebServlet("/test-fixtures/*")
public class FixtureServlet extends HttpServlet {

    public static final String HOSTILE = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
    public static final String HOSTILE_SHOP = "Evil " + HOSTILE;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    public static final String RINGS_SHOP = "Ringwerk Probe";
    public static final int RINGS = 30;

    @Inject
    private Event<CatalogChanged> changed;

    @Inject
    private market.atelier.account.AccountService accounts;

    @Inject
    private AsShopper asShopper;

    @Inject
    private CartService carts;

    @Inject
    private Checkout checkout;

    @Inject
    private OrderService orders;

    public static final String PASSWORD = "fixture password one";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/two-shops".equals(request.getPathInfo())) {
            twoShops(request.getParameter("run"), response);
            return;
        }
        if ("/delivered".equals(request.getPathInfo())) {
            delivered(request.getParameter("run"), response);
            return;
        }
        if ("/silver-rings".equals(request.getPathInfo())) {
            silverRings(response);
            return;
        }
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

    private void silverRings(HttpServletResponse response) throws IOException {
        String slug = Slug.of(RINGS_SHOP);
        try {
            tx.begin();
            if (em.createNamedQuery(Shop.BY_SLUG, Shop.class).setParameter("slug", slug).getResultList().isEmpty()) {
                Instant longAgo = Instant.now().minus(Duration.ofDays(730));
                Shop shop = Fixtures.shop(em, Fixtures.account(em, "rings-" + System.nanoTime() + "@it.atelier"),
                        RINGS_SHOP);
                shop.setStatus(ShopStatus.LIVE);
                em.persist(Badge.grant(shop, em.find(BadgeType.class, BadgeType.HANDMADE),
                        Instant.now().minus(Duration.ofDays(330)), null));
                for (int i = 1; i <= RINGS; i++) {
                    Listing listing = new Listing(shop, "Sterling silver ring no. " + i, em.find(Category.class, "rings"),
                            Money.euros(2_000 + i * 250L), longAgo.plusSeconds(i));
                    listing.setDescription("A plain band of 925 silver, forged and polished by hand.");
                    listing.getMaterials().add("925 silver");
                    listing.setStock(1);
                    listing.setStatus(ListingStatus.ACTIVE);
                    em.persist(listing);
                }
                em.flush();
                changed.fire(CatalogChanged.shop(shop.getId()));
            }
            tx.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(slug);
    }

    /**
     * {@code /test-fixtures/two-shops?run=X}: a shopper ({@code shopper-X@it.atelier}) and two live shops of two
     * artisans ({@code maker-a-X@it.atelier}, {@code maker-b-X@it.atelier}), all with {@link #PASSWORD}, each shop
     * with a one-of-a-kind piece and a piece in stock 5. Answers with the four listing ids, space-separated.
     */
    /**
     * Two shops as {@code /two-shops} makes them, and shopper-RUN's order of maker A's stacking ring, shipped and
     * delivered yesterday. Answers "shop-order-id order-line-id slug-a slug-b".
     */
    private void delivered(String run, HttpServletResponse response) throws IOException {
        if (run == null || !run.matches("[a-z0-9]{4,20}")) {
            response.sendError(400);
            return;
        }
        try {
            long ring = Long.parseLong(shops(run).split(" ")[1]);
            long shopper = em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                    .setParameter("email", "shopper-" + run + "@it.atelier").getSingleResult();
            long makerA = em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                    .setParameter("email", "maker-a-" + run + "@it.atelier").getSingleResult();
            asShopper.call(() -> carts.add(shopper, null, ring, 1)); // committed before the checkout reads the cart
            CustomerOrder order = asShopper.call(() -> {
                return checkout.submit(shopper, "fixture-" + run, new Address("Ana Lima", "Rua das Flores 1", null,
                        "1200-195", "Lisboa", "PT"), new Card("4242 4242 4242 4242", "12/30", "123"),
                        carts.view(shopper, null, "PT").reviewed());
            });
            long shopOrder = order.getShopOrders().get(0).getId();
            asShopper.run(() -> {
                orders.ship(makerA, shopOrder, "CTT", "RR" + run);
                orders.deliver(makerA, shopOrder);
            });
            long line = ((Number) em.createNativeQuery("SELECT id FROM order_line WHERE shop_order_id = ?1")
                    .setParameter(1, shopOrder).getSingleResult()).longValue();
            response.setContentType("text/plain");
            response.getWriter().write(shopOrder + " " + line + " " + Slug.of("Studio A " + run) + " "
                    + Slug.of("Studio B " + run));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void twoShops(String run, HttpServletResponse response) throws IOException {
        if (run == null || !run.matches("[a-z0-9]{4,20}")) {
            response.sendError(400);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(shops(run));
    }

    private String shops(String run) throws IOException {
        StringBuilder ids = new StringBuilder();
        try {
            accounts.signUp("shopper-" + run + "@it.atelier", "Shopper " + run, PASSWORD);
            for (String letter : new String[] {"a", "b"}) {
                market.atelier.account.Account maker = accounts.signUp("maker-" + letter + "-" + run + "@it.atelier",
                        "Maker " + letter.toUpperCase(), PASSWORD);
                tx.begin();
                Shop shop = Fixtures.shop(em, em.find(market.atelier.account.Account.class, maker.getId()),
                        "Studio " + letter.toUpperCase() + " " + run);
                shop.setCountryCode("a".equals(letter) ? "PT" : "DE");
                for (int i = 0; i < 2; i++) {
                    Listing listing = new Listing(shop, (i == 0 ? "Unique brooch " : "Stacking ring ") + letter.toUpperCase()
                            + " " + run, em.find(Category.class, "rings"), Money.euros(i == 0 ? 12_000 : 4_500),
                            Instant.now().minus(Duration.ofDays(800)));
                    listing.setOneOfAKind(i == 0);
                    listing.setStock(i == 0 ? 1 : 5);
                    listing.setStatus(ListingStatus.ACTIVE);
                    em.persist(listing);
                    em.flush();
                    ids.append(listing.getId()).append(' ');
                }
                tx.commit();
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        return ids.toString().trim();
    }
}
