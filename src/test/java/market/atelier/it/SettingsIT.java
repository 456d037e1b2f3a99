package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.account.AccountException;
import market.atelier.account.AccountService;
import market.atelier.account.AccountTokens;
import market.atelier.account.PasswordReset;
import market.atelier.account.Role;
import market.atelier.account.TokenKind;
import market.atelier.catalog.Listing;
import market.atelier.favourite.FavouriteService;
import market.atelier.messaging.PageClient;
import market.atelier.order.Address;
import market.atelier.order.AddressBook;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.order.LedgerService;
import market.atelier.order.OrderException;
import market.atelier.order.OrderService;
import market.atelier.order.Reviewed;
import market.atelier.order.SavedAddress;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account settings: saved addresses belong to one account whatever id a call carries, checkout ships to a saved
 * address as a copy, renaming reaches the reviews, and deleting an account anonymises its orders, frees its e-mail
 * address and is refused while the person's shop still has open orders or money to pay out.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsIT {

    private static final String PASSWORD = "granulated gold beads";
    private static final Card GOOD = new Card("4242 4242 4242 4242", "12/30", "123");
    private static final Address GROSSE = new Address("Zoë Łukasiewicz", "Große Straße 5 – Hinterhaus", null,
            "90-001", "Łódź", "PL");
    private static final Address OFFICE = new Address("Zoë Łukasiewicz", "Piotrkowska 104", "Biuro 3",
            "90-006", "Łódź", "PL");

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(SettingsIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class, AsAdmin.class,
                Fixtures.class, PageClient.class, FormClient.class, Http.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AddressBook book;

    @Inject
    private Checkout checkout;

    @Inject
    private CartService carts;

    @Inject
    private OrderService orders;

    @Inject
    private LedgerService ledger;

    @Inject
    private FavouriteService favourites;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private AccountTokens tokens;

    @Inject
    private PasswordReset reset;

    @Inject
    private AsShopper asShopper;

    @Inject
    private AsAdmin asAdmin;

    @PersistenceContext
    private EntityManager em;

    @ArquillianResource
    private URL base;

    @Resource
    private UserTransaction tx;

    private static String newEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@it.atelier";
    }

    private Account person(String who) {
        return accounts.signUp(newEmail(who), "Zoë Łukasiewicz", PASSWORD);
    }

    private Shop shop(Account owner) throws Exception {
        tx.begin();
        Shop shop = Fixtures.shop(em, em.find(Account.class, owner.getId()), "Pracownia " + UUID.randomUUID());
        tx.commit();
        return shop;
    }

    private long piece(Shop shop, String title) throws Exception {
        tx.begin();
        Listing listing = Fixtures.piece(em, shop, title, 12_000, 5, false);
        tx.commit();
        return listing.getId();
    }

    private CustomerOrder buy(long accountId, long listingId, Long savedAddressId) throws Exception {
        asShopper.run(() -> carts.add(accountId, null, listingId, 1)); // committed before the checkout reads the cart
        String country = savedAddressId == null ? "PL"
                : asShopper.call(() -> book.own(accountId, savedAddressId)).getAddress().getCountry();
        Reviewed reviewed = asShopper.call(() -> carts.view(accountId, null, country).reviewed());
        String key = UUID.randomUUID().toString().replace("-", "");
        return asShopper.call(() -> savedAddressId == null ? checkout.submit(accountId, key, GROSSE, GOOD, reviewed)
                : checkout.submit(accountId, key, savedAddressId, GOOD, reviewed));
    }

    private Object one(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    }

    private long count(String sql, Object parameter) {
        return ((Number) one(sql, parameter)).longValue();
    }

    // ---- saved addresses ----------------------------------------------------------------------------------

    @Test
    void anotherAccountsSavedAddressCanBeNeitherReadNorChangedNorRemovedNorMadeDefaultNorUsedAtCheckout()
            throws Exception {
        Account owner = person("owner");
        Account intruder = person("intruder");
        SavedAddress theirs = asShopper.call(() -> book.add(owner.getId(), GROSSE, false));
        long id = theirs.getId();

        assertThrows(AccessRefused.class, () -> asShopper.call(() -> book.own(intruder.getId(), id)));
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> book.change(intruder.getId(), id, OFFICE)));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> book.remove(intruder.getId(), id)));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> book.makeDefault(intruder.getId(), id)));
        assertTrue(asShopper.call(() -> book.addresses(intruder.getId())).isEmpty(), "none listed for the intruder");

        Shop shop = shop(person("maker"));
        long ring = piece(shop, "Pierścień");
        assertThrows(AccessRefused.class, () -> buy(intruder.getId(), ring, id), "cannot ship to it either");
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE account_id = ?1", intruder.getId()),
                "no order was placed");

        SavedAddress still = asShopper.call(() -> book.own(owner.getId(), id));
        assertEquals("Große Straße 5 – Hinterhaus", still.getAddress().getLine1(), "unchanged");
        assertTrue(still.isPreferred(), "the first address becomes the default");
    }

    @Test
    void oneAddressIsTheDefaultAndRemovingItMakesAnotherOneTheDefault() throws Exception {
        long me = person("default").getId();
        SavedAddress home = asShopper.call(() -> book.add(me, GROSSE, false));
        SavedAddress office = asShopper.call(() -> book.add(me, OFFICE, false));
        asShopper.run(() -> book.makeDefault(me, office.getId()));
        List<SavedAddress> listed = asShopper.call(() -> book.addresses(me));
        assertEquals(List.of(office.getId(), home.getId()), listed.stream().map(SavedAddress::getId).toList(),
                "the default first");
        assertEquals(1, listed.stream().filter(SavedAddress::isPreferred).count());
        asShopper.run(() -> book.remove(me, office.getId()));
        assertTrue(asShopper.call(() -> book.own(me, home.getId())).isPreferred());
    }

    @Test
    void anInvalidAddressIsRefusedAndNothingIsSaved() throws Exception {
        long me = person("invalid").getId();
        Address noCity = new Address("Zoë", "Große Straße 5", null, "90-001", " ", "PL");
        assertThrows(OrderException.class, () -> asShopper.call(() -> book.add(me, noCity, false)));
        Address badCountry = new Address("Zoë", "Große Straße 5", null, "90-001", "Łódź", "Poland");
        assertThrows(OrderException.class,
                () -> asShopper.call(() -> book.add(me, badCountry, false)));
        assertTrue(asShopper.call(() -> book.addresses(me)).isEmpty());
    }

    @Test
    void checkoutShipsToASavedAddressAndChangingItLaterLeavesThePlacedOrderAlone() throws Exception {
        long me = person("ships").getId();
        SavedAddress home = asShopper.call(() -> book.add(me, GROSSE, true));
        long ring = piece(shop(person("maker")), "Kolczyki");

        CustomerOrder order = buy(me, ring, home.getId());
        assertEquals("Große Straße 5 – Hinterhaus", order.getAddress().getLine1());
        assertEquals("Łódź", order.getAddress().getCity());

        asShopper.call(() -> book.change(me, home.getId(), OFFICE));
        asShopper.run(() -> book.remove(me, home.getId()));
        assertEquals("Große Straße 5 – Hinterhaus",
                one("SELECT ship_line1 FROM customer_order WHERE id = ?1", order.getId()), "the order keeps its copy");
    }

    // ---- name ---------------------------------------------------------------------------------------------

    @Test
    void aNewNameIsTrimmedCheckedAndRefusedWhenBlankOrTooLong() throws Exception {
        long me = person("rename").getId();
        assertEquals("Zoë Nowak", asShopper.call(() -> accounts.rename(me, "  Zoë Nowak ")).getDisplayName());
        assertEquals("account.settings.name.required", assertThrows(AccountException.class,
                () -> asShopper.call(() -> accounts.rename(me, "   "))).getMessageKey());
        assertEquals("account.settings.name.tooLong", assertThrows(AccountException.class,
                () -> asShopper.call(() -> accounts.rename(me, "ł".repeat(Account.NAME_MAX + 1)))).getMessageKey());
        assertEquals("Zoë Nowak", accounts.byId(me).orElseThrow().getDisplayName());
    }

    @Test
    void aNewNameShowsOnTheReviewsAtOnceAndADeletedAuthorsReviewsStayUnsigned() throws Exception {
        long me = person("reviewer").getId();
        Account maker = person("maker");
        CustomerOrder order = buy(me, piece(shop(maker), "Wisiorek"), null);
        long shopOrder = order.getShopOrders().get(0).getId();
        asShopper.run(() -> {
            orders.ship(maker.getId(), shopOrder, "DHL", "JD3");
            orders.deliver(maker.getId(), shopOrder);
        });
        long line = count("SELECT id FROM order_line WHERE shop_order_id = ?1", shopOrder);
        long review = asShopper.call(() -> reviews.post(me, line, new int[] {5, 5, 5, 5},
                "Piękna robota – dziękuję!", List.of())).getId();
        assertEquals("Zoë", one("SELECT author_name FROM review WHERE id = ?1", review));

        asShopper.call(() -> accounts.rename(me, "Łucja Gößling"));
        assertEquals("Łucja", one("SELECT author_name FROM review WHERE id = ?1", review), "the new first name");

        asShopper.run(() -> accounts.delete(me, PASSWORD));
        assertEquals("", one("SELECT author_name FROM review WHERE id = ?1", review),
                "the review stays, by a former customer");
        assertEquals("Piękna robota – dziękuję!", one("SELECT body FROM review WHERE id = ?1", review));
    }

    // ---- deleting an account ------------------------------------------------------------------------------

    @Test
    void deletingAnAccountAnonymisesItsOrdersFreesItsAddressAndRemovesItsPersonalData() throws Exception {
        Account shopper = person("leaver");
        long me = shopper.getId();
        Account maker = person("maker");
        Shop shop = shop(maker);
        long ring = piece(shop, "Bransoletka");
        long other = piece(shop, "Naszyjnik");
        CustomerOrder order = buy(me, ring, null);
        asShopper.run(() -> orders.ship(maker.getId(), order.getShopOrders().get(0).getId(), "DHL", "JD1"));
        asShopper.run(() -> favourites.savePiece(me, other));
        asShopper.run(() -> carts.add(me, null, other, 1));
        asShopper.call(() -> book.add(me, OFFICE, true));
        tx.begin();
        String resetLink = tokens.issue(em.find(Account.class, me), TokenKind.PASSWORD_RESET, null, Instant.now());
        tx.commit();
        assertEquals(AccountTokens.Status.VALID, reset.check(resetLink));

        assertEquals("account.delete.passwordWrong", assertThrows(AccountException.class,
                () -> asShopper.run(() -> accounts.delete(me, "not my password"))).getMessageKey());
        assertEquals(shopper.getEmail(), accounts.byId(me).orElseThrow().getEmail(), "nothing changed");

        asShopper.run(() -> accounts.delete(me, PASSWORD));

        Account gone = accounts.byId(me).orElseThrow();
        assertTrue(gone.isDeleted());
        assertFalse(gone.getEmail().equals(shopper.getEmail()));
        assertEquals(Account.DELETED_NAME, gone.getDisplayName());
        assertTrue(gone.getSessionGeneration() > shopper.getSessionGeneration(), "every session ends");
        assertTrue(accounts.authenticate(shopper.getEmail(), PASSWORD).isEmpty());
        assertTrue(accounts.authenticate(gone.getEmail(), PASSWORD).isEmpty());

        Object[] shipTo = (Object[]) em.createNativeQuery("SELECT ship_name, ship_line1, ship_line2, ship_postcode,"
                + " ship_city, total_minor FROM customer_order WHERE id = ?1").setParameter(1, order.getId())
                .getSingleResult();
        assertEquals(Account.DELETED_NAME, shipTo[0]);
        for (int i = 1; i < 5; i++) {
            assertFalse(String.valueOf(shipTo[i]).contains("Große") || String.valueOf(shipTo[i]).contains("Łódź")
                    || String.valueOf(shipTo[i]).contains("90-001"), "address part " + i + ": " + shipTo[i]);
        }
        assertEquals(order.getTotal().minorUnits(), ((Number) shipTo[5]).longValue(), "the shop keeps the order");
        assertEquals(1, count("SELECT COUNT(*) FROM shop_order WHERE order_id = ?1", order.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM favourite WHERE account_id = ?1", me));
        assertEquals(0, count("SELECT COUNT(*) FROM cart WHERE account_id = ?1", me));
        assertEquals(0, count("SELECT COUNT(*) FROM saved_address WHERE account_id = ?1", me));
        assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE account_id = ?1", me));
        assertEquals(AccountTokens.Status.UNKNOWN, reset.check(resetLink), "a pending reset link dies with the account");
        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND to_address = ?1",
                shopper.getEmail()), "no mail still waits for the deleted account");
        assertEquals(AccountTokens.Status.UNKNOWN, reset.reset(resetLink, "a brand new long password"));

        String makersOrders = PageClient.signedIn(base, maker.getEmail(), PASSWORD).from(someClient())
                .get("/seller/orders?status=all").body();
        assertTrue(makersOrders.contains("Address removed: the shopper deleted their account."), makersOrders);
        assertFalse(makersOrders.contains("Große Straße"), "the maker no longer sees the address");

        Account again = accounts.signUp(shopper.getEmail(), "Zoë Again", PASSWORD);
        assertFalse(again.getId().equals(me), "the address signs up again, as a new account");
    }

    @Test
    void anAdminDeletesTheirAccountWhileAnotherAdminRemainsAndLosesTheRole() throws Exception {
        Account first = person("admin-one");
        Account second = person("admin-two");
        tx.begin();
        em.find(Account.class, first.getId()).grant(Role.ADMIN);
        em.find(Account.class, second.getId()).grant(Role.ADMIN);
        tx.commit();
        asShopper.run(() -> accounts.delete(first.getId(), PASSWORD));
        assertFalse(accounts.byId(first.getId()).orElseThrow().hasRole(Role.ADMIN), "a deleted account is no admin");
        assertEquals(0, count("SELECT COUNT(*) FROM account_role WHERE account_id = ?1 AND role = 'ADMIN'",
                first.getId()));
    }

    @Test
    void aPurchaseNotYetShippedKeepsTheAccountUntilItIsShipped() throws Exception {
        long me = person("waiting").getId();
        Account maker = person("maker");
        CustomerOrder order = buy(me, piece(shop(maker), "Broszka"), null);
        assertEquals("account.delete.purchasesUnderway", assertThrows(AccountException.class,
                () -> asShopper.run(() -> accounts.delete(me, PASSWORD))).getMessageKey());
        assertEquals("Zoë Łukasiewicz", one("SELECT ship_name FROM customer_order WHERE id = ?1", order.getId()),
                "the maker still has the address");
    }

    @Test
    void aSellerWithOpenOrdersOrMoneyToPayOutIsRefusedThenTheShopIsClosedAndItsPiecesWithdrawn() throws Exception {
        Account maker = person("seller");
        Shop shop = shop(maker);
        long sold = piece(shop, "Sygnet");
        long forSale = piece(shop, "Obrączka");
        long buyer = person("buyer").getId();
        CustomerOrder order = buy(buyer, sold, null);

        assertEquals("account.delete.shopOrdersOpen", assertThrows(AccountException.class,
                () -> asShopper.run(() -> accounts.delete(maker.getId(), PASSWORD))).getMessageKey());
        long shopOrder = order.getShopOrders().get(0).getId();
        asShopper.run(() -> orders.ship(maker.getId(), shopOrder, "DHL", "JD2"));
        assertEquals("account.delete.shopOrdersOpen", assertThrows(AccountException.class,
                () -> asShopper.run(() -> accounts.delete(maker.getId(), PASSWORD))).getMessageKey(),
                "shipped is not yet delivered: a lost parcel still needs the maker");
        asShopper.run(() -> orders.deliver(maker.getId(), shopOrder));
        assertEquals("account.delete.payoutPending", assertThrows(AccountException.class,
                () -> asShopper.run(() -> accounts.delete(maker.getId(), PASSWORD))).getMessageKey());
        assertEquals("ACTIVE", one("SELECT status FROM listing WHERE id = ?1", forSale), "nothing changed yet");
        assertFalse(accounts.byId(maker.getId()).orElseThrow().isDeleted());

        long admin = person("admin").getId();
        asAdmin.call(() -> ledger.markPaid(admin, shop.getId()));
        asShopper.run(() -> accounts.delete(maker.getId(), PASSWORD));

        assertEquals("CLOSED", one("SELECT status FROM shop WHERE id = ?1", shop.getId()));
        assertEquals("ARCHIVED", one("SELECT status FROM listing WHERE id = ?1", forSale));
        assertTrue(count("SELECT COUNT(*) FROM catalog_change WHERE listing_id = ?1", forSale) > 0,
                "search is told the piece is gone");
        assertEquals(1, count("SELECT COUNT(*) FROM shop_order WHERE shop_id = ?1", shop.getId()),
                "the shop's orders stay for its accounting");
    }

    @Test
    void aDeletedAccountCannotSignInAndItsOtherSessionEndsAtOnce() {
        Account account = person("sessions");
        PageClient mine = PageClient.signedIn(base, account.getEmail(), PASSWORD).from(someClient());
        PageClient other = PageClient.signedIn(base, account.getEmail(), PASSWORD).from(someClient());
        assertEquals(200, other.get("/account/orders").statusCode());

        HttpResponse<String> wrong = mine.submit("/account/settings", "delete", Map.of("password", "not it at all"));
        assertTrue(wrong.body().contains("not your current password"), "refused on the page");
        assertFalse(accounts.byId(account.getId()).orElseThrow().isDeleted());

        HttpResponse<String> deleted = mine.submit("/account/settings", "delete", Map.of("password", PASSWORD));
        assertEquals(3, deleted.statusCode() / 100, deleted.body());
        assertTrue(deleted.headers().firstValue("Location").orElse("").endsWith("/goodbye"));
        assertTrue(mine.follow(deleted).body().contains("Your account is deleted"));
        assertEquals(3, mine.get("/account/orders").statusCode() / 100, "this session is signed out");

        HttpResponse<String> otherNext = other.get("/account/orders");
        assertEquals(3, otherNext.statusCode() / 100, "the other session ends at its next request");
        assertTrue(other.follow(otherNext).headers().firstValue("Location").orElse("").contains("/login"));

        HttpResponse<String> again = PageClient.anonymous(base).from(someClient()).signIn(account.getEmail(), PASSWORD);
        assertFalse(again.statusCode() / 100 == 3, "the old address and password no longer sign in");
    }

    private static String someClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
