package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import market.atelier.account.Account;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.Category;
import market.atelier.catalog.CategoryCount;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingCard;
import market.atelier.catalog.ListingStatus;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.catalog.search.SearchQuery;
import market.atelier.catalog.search.SearchService;
import market.atelier.custom.CustomOrderException;
import market.atelier.custom.CustomOrderService;
import market.atelier.custom.CustomRequest;
import market.atelier.custom.CustomRequestStatus;
import market.atelier.custom.ProgressUpdate;
import market.atelier.favourite.FavouriteException;
import market.atelier.favourite.FavouriteService;
import market.atelier.order.Address;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.order.OrderException;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Made to order, end to end in the container: who may request, quote, accept and post progress (whatever ids a
 * request carries); an accepted quote becomes a private piece in the shopper's cart that a normal checkout buys;
 * that piece is invisible to everyone else (search, browse, category counts, shop page, API, its page, carts,
 * favourites); two accepts at once make one piece.
 */
@ExtendWith(ArquillianExtension.class)
class CustomOrderIT {

    static final Card GOOD = new Card("4242 4242 4242 4242", "12/30", "123");
    static final Address HOME = new Address("Ana Lima", "Rua das Flores 1", null, "1200-195", "Lisboa", "PT");

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(CustomOrderIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                Fixtures.class);
    }

    @Inject
    private CustomOrderService custom;

    @Inject
    private CatalogService catalog;

    @Inject
    private SearchService search;

    @Inject
    private CartService carts;

    @Inject
    private Checkout checkout;

    @Inject
    private FavouriteService favourites;

    @Inject
    private market.atelier.catalog.ListingService listings;

    @Inject
    private AsShopper asShopper;

    @Inject
    private jakarta.enterprise.event.Event<CatalogChanged> changed;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private String marker;
    private Account shopper;
    private Account otherShopper;
    private Account maker;
    private Account otherMaker;
    private Shop shop;
    private Shop otherShop;
    private long publicListingId;

    @BeforeEach
    void aShopTakingCustomOrdersAndOneThatDoesNot() throws Exception {
        marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        tx.begin();
        shopper = Fixtures.account(em, "custom-shopper-" + marker + "@it.atelier");
        otherShopper = Fixtures.account(em, "custom-other-" + marker + "@it.atelier");
        maker = Fixtures.account(em, "custom-maker-" + marker + "@it.atelier");
        otherMaker = Fixtures.account(em, "custom-maker2-" + marker + "@it.atelier");
        shop = Fixtures.shop(em, maker, "Custom Studio " + marker);
        shop.setCustomOrdersPolicy("Rings and pendants to your measure, 2 to 6 weeks.");
        otherShop = Fixtures.shop(em, otherMaker, "No Custom Studio " + marker);
        Listing piece = new Listing(shop, "Public band " + marker, em.find(Category.class, "rings"),
                Money.euros(9_000), Instant.now().minus(java.time.Duration.ofDays(800)));
        // Listed long ago: test pieces stay off the home page, which browser tests read for demo pieces.
        piece.setDescription("A public piece " + marker);
        piece.setStock(3);
        piece.setStatus(ListingStatus.ACTIVE);
        em.persist(piece);
        em.flush();
        changed.fire(CatalogChanged.listing(piece.getId()));
        tx.commit();
        publicListingId = piece.getId();
    }

    private CustomRequest request(Account who, Shop to) throws Exception {
        return asShopper.call(() -> custom.request(who.getId(), to.getId(), "A signet ring with my initials, "
                + marker, Money.euros(25_000), LocalDate.now(ZoneOffset.UTC).plusDays(30), List.of()));
    }

    private long quoted() throws Exception {
        long id = request(shopper, shop).getId();
        asShopper.call(() -> custom.quote(maker.getId(), id, Money.euros(28_000), 21,
                "Signet ring in 18k gold, engraved by hand " + marker));
        return id;
    }

    private long searchTotal(String q) {
        Map<String, String> params = new HashMap<>();
        params.put("q", q);
        return search.search(SearchQuery.from(params::get)).total();
    }

    private long reservedListings(long accountId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM listing WHERE reserved_for = ?1")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    @Test
    void aRequestToAShopThatTakesNoCustomOrdersIsRefused() throws Exception {
        CustomOrderException refused = assertThrows(CustomOrderException.class, () -> request(shopper, otherShop));
        assertEquals("custom.error.notAccepting", refused.getMessageKey());
        assertEquals(0, asShopper.call(() -> custom.toMyShop(otherMaker.getId())).size(), "nothing was stored");

        assertThrows(CustomOrderException.class, () -> request(maker, shop), "not to one's own shop");
        assertThrows(CustomOrderException.class, () -> asShopper.call(() -> custom.request(shopper.getId(),
                shop.getId(), "Ring", Money.euros(5_000), LocalDate.now(ZoneOffset.UTC).minusDays(3), List.of())),
                "a wished date in the past");
        assertThrows(CustomOrderException.class, () -> CustomOrderService.parseAmount("zweihundert",
                "custom.error.budget", java.util.Locale.GERMAN), "a budget that is not a number");
        assertEquals(Money.euros(24_950), CustomOrderService.parseAmount("249,50", "custom.error.budget", java.util.Locale.GERMAN));

        CustomRequest sent = request(shopper, shop);
        assertEquals(CustomRequestStatus.REQUESTED, sent.getStatus());
        assertEquals(List.of(sent.getId()), asShopper.call(() -> custom.toMyShop(maker.getId())).stream()
                .map(CustomRequest::getId).toList(), "the artisan sees the request");
    }

    @Test
    void onlyTheShopOwnerQuotesOrDeclinesAndOnlyTheRequesterAccepts() throws Exception {
        long id = request(shopper, shop).getId();
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> custom.quote(otherMaker.getId(), id,
                Money.euros(100), 3, "Cheap copy")), "another artisan with this request's id is refused");
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> custom.decline(otherMaker.getId(), id,
                "No")), "another artisan cannot decline it either");
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> custom.quote(shopper.getId(), id,
                Money.euros(100), 3, "Self-quote")), "the shopper cannot quote");
        assertEquals(CustomRequestStatus.REQUESTED, em.find(CustomRequest.class, id).getStatus());

        asShopper.call(() -> custom.quote(maker.getId(), id, Money.euros(28_000), 21, "Signet ring"));
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> custom.accept(otherShopper.getId(), id)),
                "another shopper cannot accept it");
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> custom.accept(maker.getId(), id)),
                "the artisan cannot accept their own quote");
        assertEquals(0, reservedListings(otherShopper.getId()));
        assertEquals(0, reservedListings(shopper.getId()));
    }

    @Test
    void anAcceptedQuoteIsAPrivatePieceInTheShoppersCartThatANormalCheckoutBuys() throws Exception {
        long countBefore = rings();
        long id = quoted();
        long listingId = asShopper.call(() -> custom.accept(shopper.getId(), id));

        tx.begin();
        CustomRequest accepted = em.find(CustomRequest.class, id);
        em.refresh(accepted);
        assertEquals(CustomRequestStatus.ACCEPTED, accepted.getStatus());
        assertEquals(listingId, accepted.getListingId());
        Listing piece = em.find(Listing.class, listingId);
        em.refresh(piece);
        assertEquals(shopper.getId(), piece.getReservedFor());
        assertEquals(Money.euros(28_000), piece.getPrice());
        assertEquals(21, piece.getProcessingDays());
        assertTrue(piece.isOneOfAKind() && piece.isMadeToOrder() && piece.getStock() == 1);
        tx.commit();

        // In the shopper's cart, buyable.
        List<Object[]> lines = asShopper.call(() -> carts.lines(shopper.getId(), null));
        assertEquals(List.of(listingId), lines.stream().map(r -> ((Listing) r[1]).getId()).toList());
        assertTrue(asShopper.call(() -> carts.view(shopper.getId(), null, "PT")).isBuyable());

        // Invisible to everyone else: search, browse, category counts, shop page, cards, API, its page.
        assertEquals(1, searchTotal(marker), "only the public piece is found, never the private one");
        assertEquals(0, searchTotal("engraved " + marker), "the private piece's text is not in the index");
        assertTrue(catalog.cards(List.of(listingId)).isEmpty(), "no card for it anywhere");
        assertFalse(catalog.shopListings(shop.getId(), 100).stream().map(ListingCard::getId).toList()
                .contains(listingId), "not on the shop page");
        assertTrue(catalog.shopListings(shop.getId(), 100).stream().map(ListingCard::getId).toList()
                .contains(publicListingId));
        assertFalse(catalog.newest(200).stream().map(ListingCard::getId).toList().contains(listingId), "not browsable");
        assertEquals(countBefore, rings(), "category counts unchanged");
        assertTrue(catalog.publicListing(listingId).isEmpty(), "not a public listing");
        assertTrue(catalog.reservedListing(listingId, otherShopper.getId()).isEmpty(), "another shopper: 404");
        assertTrue(catalog.reservedListing(listingId, shopper.getId()).isPresent(), "its shopper sees it");
        assertTrue(catalog.reservedListing(listingId, maker.getId()).isPresent(), "its maker sees it");
        assertEquals(1, catalog.priceRanges(List.of(shop.getId())).get(shop.getId()).pieces(),
                "the shop's price range leaves it out");
        assertEquals(404, http("/listings/" + listingId).statusCode(), "anonymous: 404");
        HttpResponse<String> shopResponse = http("/shops/" + shop.getSlug());
        String shopPage = shopResponse.body();
        assertTrue(shopPage.contains("Public band " + marker), "the shop page renders its public piece: "
                + shopResponse.statusCode() + " " + shopPage.substring(0, Math.min(300, shopPage.length())));
        assertFalse(shopPage.contains("/listings/" + listingId), "the shop page does not link the private one");
        assertTrue(shopPage.contains("/account/custom/new?shop=" + shop.getId()), "the shop page offers a request");
        String api = http("/api/listings?q=" + marker).body();
        assertTrue(api.contains("\"total\":1"), api);
        assertFalse(api.contains("/listings/" + listingId + "/"), api);

        // The maker cannot change what the shopper accepted.
        assertThrows(market.atelier.catalog.ListingException.class, () -> asShopper.call(() -> listings.update(
                maker.getId(), listingId, market.atelier.catalog.ListingDraft.of(
                        listings.own(maker.getId(), listingId)))), "the price and texts stay as quoted");

        // Nobody else may put it in a cart or save it.
        assertThrows(OrderException.class, () -> asShopper.call(() -> carts.add(otherShopper.getId(), null,
                listingId, 1)), "another shopper cannot add it");
        assertThrows(OrderException.class, () -> asShopper.call(() -> carts.add(null, "visitor-" + marker,
                listingId, 1)), "a visitor cannot add it");
        assertThrows(FavouriteException.class, () -> asShopper.call(() -> {
            favourites.savePiece(otherShopper.getId(), listingId);
            return null;
        }));

        // The normal checkout buys it.
        CustomerOrder order = asShopper.call(() -> checkout.submit(shopper.getId(),
                UUID.randomUUID().toString().replace("-", ""), HOME, GOOD,
                carts.view(shopper.getId(), null, HOME.getCountry()).reviewed()));
        assertEquals(Money.euros(28_000).plus(order.getShopOrders().get(0).getShipping()), order.getTotal());
        assertEquals(0, ((Number) em.createNativeQuery("SELECT stock FROM listing WHERE id = ?1")
                .setParameter(1, listingId).getSingleResult()).intValue(), "sold");
        assertTrue(catalog.publicListing(listingId).isEmpty(), "sold out, still not public");
        assertEquals(404, http("/listings/" + listingId).statusCode(), "still 404 for a visitor");
    }

    @Test
    void twoAcceptsAtOnceMakeOnePiece() throws Exception {
        long id = quoted();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return asShopper.call(() -> custom.accept(shopper.getId(), id));
            }));
        }
        start.countDown();
        int accepted = 0;
        int refused = 0;
        for (Future<Long> result : results) {
            try {
                assertNotNull(result.get());
                accepted++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause() instanceof CustomOrderException
                        || e.getCause() instanceof jakarta.ejb.EJBException, String.valueOf(e.getCause()));
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(1, accepted, "exactly one accept goes through");
        assertEquals(3, refused);
        assertEquals(1, reservedListings(shopper.getId()), "one private piece");
        assertEquals(1, asShopper.call(() -> carts.lines(shopper.getId(), null)).size(), "once in the cart");
        assertThrows(CustomOrderException.class, () -> asShopper.call(() -> custom.accept(shopper.getId(), id)),
                "accepting again later is refused");
    }

    @Test
    void aQuoteChangedAfterTheShopperSawItIsNotAcceptedUnseen() throws Exception {
        long id = quoted();
        long seen = asShopper.call(() -> custom.mine(shopper.getId())).get(0).getVersion();
        asShopper.call(() -> custom.quote(maker.getId(), id, Money.euros(99_000), 60, "Now in platinum"));
        CustomOrderException refused = assertThrows(CustomOrderException.class,
                () -> asShopper.call(() -> custom.accept(shopper.getId(), id, seen)));
        assertEquals("custom.error.state", refused.getMessageKey());
        assertEquals(0, reservedListings(shopper.getId()), "nothing was made");
        long now = asShopper.call(() -> custom.mine(shopper.getId())).get(0).getVersion();
        long listingId = asShopper.call(() -> custom.accept(shopper.getId(), id, now));
        assertEquals(Money.euros(99_000), catalog.reservedListing(listingId, shopper.getId()).orElseThrow().getPrice(),
                "the quote they saw");
    }

    @Test
    void progressIsPostedOnlyByTheSellingShopAndShownToItsShopper() throws Exception {
        long id = quoted();
        long listingId = asShopper.call(() -> custom.accept(shopper.getId(), id));
        CustomerOrder order = asShopper.call(() -> checkout.submit(shopper.getId(),
                UUID.randomUUID().toString().replace("-", ""), HOME, GOOD,
                carts.view(shopper.getId(), null, HOME.getCountry()).reviewed()));
        long shopOrderId = order.getShopOrders().get(0).getId();

        assertThrows(AccessRefused.class, () -> asShopper.call(() -> custom.postProgress(otherMaker.getId(),
                shopOrderId, null, "Not my order")), "another artisan with the order's id is refused");
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> custom.postProgress(shopper.getId(),
                shopOrderId, null, "Shopper posting")), "the shopper cannot post progress");
        assertThrows(CustomOrderException.class, () -> asShopper.call(() -> custom.postProgress(maker.getId(),
                shopOrderId, null, " ")), "a note is required");
        assertThrows(CustomOrderException.class, () -> asShopper.call(() -> custom.postProgress(maker.getId(),
                shopOrderId, null, "x".repeat(501))), "at most 500 characters");

        asShopper.call(() -> custom.postProgress(maker.getId(), shopOrderId,
                new market.atelier.shared.MediaStore.StoredImage("0123456789abcdef0123456789abcdef", 800, 1000),
                "Wax model carved"));
        asShopper.call(() -> custom.postProgress(maker.getId(), shopOrderId, null, "Cast in gold"));

        List<ProgressUpdate> seen = asShopper.call(() -> custom.progressVisibleTo(shopper.getId()))
                .getOrDefault(shopOrderId, List.of());
        assertEquals(List.of("Wax model carved", "Cast in gold"), seen.stream().map(ProgressUpdate::getNote).toList(),
                "the shopper sees both, oldest first");
        assertEquals(2, asShopper.call(() -> custom.progressVisibleTo(maker.getId())).get(shopOrderId).size());
        assertTrue(asShopper.call(() -> custom.progressVisibleTo(otherShopper.getId())).isEmpty(),
                "nobody else sees them");
        assertTrue(asShopper.call(() -> custom.progressVisibleTo(otherMaker.getId())).isEmpty());
        assertEquals(2L, ((Number) em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a"
                + " AND n.messageKey = 'custom.notify.progress'").setParameter("a", shopper.getId())
                .getSingleResult()).longValue(), "the shopper is notified of each");
    }

    private long rings() {
        return catalog.categoryCounts().stream().filter(c -> "rings".equals(c.category().getCode()))
                .mapToLong(CategoryCount::count).sum();
    }

    /** A GET from inside the server to itself, as a visitor (no cookies). */
    private static HttpResponse<String> http(String path) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
