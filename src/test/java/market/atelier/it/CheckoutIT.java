package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import market.atelier.account.Account;
import market.atelier.catalog.Listing;
import market.atelier.order.Address;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.order.LedgerService;
import market.atelier.order.OrderException;
import market.atelier.order.OrderService;
import market.atelier.order.RefundReason;
import market.atelier.order.Reviewed;
import market.atelier.order.SandboxGateway;
import market.atelier.order.ShopOrder;
import market.atelier.review.ReviewException;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checkout is all or nothing and sells a piece once: races for the last piece, a limited stock bought by many, one
 * idempotency key sent ten times at once, a piece sold while a three-shop checkout runs, declined cards; and the
 * ledger sums to the balance after every operation. Artisans touch only their own shop orders.
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutIT {

    static final Card GOOD = new Card("4242 4242 4242 4242", "12/30", "123");
    static final Address HOME = new Address("Ana Lima", "Rua das Flores 1", null, "1200-195", "Lisboa", "PT");

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(CheckoutIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class, AsAdmin.class,
                Fixtures.class);
    }

    @Inject
    private Checkout checkout;

    @Inject
    private CartService carts;

    @Inject
    private OrderService orders;

    @Inject
    private LedgerService ledger;

    @Inject
    private SandboxGateway gateway;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private AsShopper asShopper;

    @Inject
    private AsAdmin asAdmin;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Account account(String name) throws Exception {
        tx.begin();
        Account account = Fixtures.account(em, name + "-" + UUID.randomUUID() + "@it.atelier");
        tx.commit();
        return account;
    }

    private Shop shop(String name) throws Exception {
        tx.begin();
        Shop shop = Fixtures.shop(em, Fixtures.account(em, "maker-" + UUID.randomUUID() + "@it.atelier"),
                name + " " + run);
        tx.commit();
        return shop;
    }

    private long piece(Shop shop, String title, long cents, int stock, boolean unique) throws Exception {
        tx.begin();
        Listing listing = Fixtures.piece(em, shop, title, cents, stock, unique);
        tx.commit();
        return listing.getId();
    }

    private int stock(long listingId) {
        return ((Number) em.createNativeQuery("SELECT stock FROM listing WHERE id = ?1").setParameter(1, listingId)
                .getSingleResult()).intValue();
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private void inCart(long accountId, long listingId, int quantity) throws Exception {
        asShopper.call(() -> carts.add(accountId, null, listingId, quantity));
    }

    private CustomerOrder buy(long accountId, String key, Card card, Reviewed reviewed) throws Exception {
        return asShopper.call(() -> checkout.submit(accountId, key, HOME, card, reviewed));
    }

    /** The cart as the checkout page shows it to this shopper now (shipping to {@link #HOME}): what Pay sends. */
    private Reviewed seen(long accountId) throws Exception {
        return asShopper.call(() -> carts.view(accountId, null, HOME.getCountry()).reviewed());
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The ledger of a shop sums to its balance (the balance is computed separately, as the pages show it). */
    private void assertLedgerAddsUp(Shop shop) throws Exception {
        long sum = count("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entry WHERE shop_id = ?1", shop.getId());
        assertEquals(sum, asShopper.call(() -> ledger.balance(shop.getId())).minorUnits(), "ledger = balance");
    }

    @Test
    void fiftyShoppersRaceForTheLastPieceTwentyTimesAndExactlyOneWinsEachTime() throws Exception {
        Shop shop = shop("Last Piece");
        List<Account> shoppers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            shoppers.add(account("racer"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (int round = 0; round < 20; round++) {
                long piece = piece(shop, "Only one " + round, 9_900, 1, true);
                for (Account shopper : shoppers) {
                    inCart(shopper.getId(), piece, 1);
                }
                Reviewed onePiece = seen(shoppers.get(0).getId());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (Account shopper : shoppers) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            buy(shopper.getId(), key(), GOOD, onePiece);
                            return "order";
                        } catch (OrderException e) {
                            return e.getMessageKey();
                        }
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertEquals(1, results.stream().filter("order"::equals).count(), "round " + round + ": " + results);
                assertEquals(49, results.stream().filter("checkout.error.gone"::equals).count(), "clear refusals");
                assertEquals(0, stock(piece), "stock 0, never negative");
                assertEquals(1, count("SELECT COUNT(*) FROM order_line WHERE listing_id = ?1", piece), "sold once");
            }
        } finally {
            pool.shutdownNow();
        }
        assertLedgerAddsUp(shop);
    }

    @Test
    void fortyBuyersOfOneToThreeNeverSellMoreThanTheStockOfTen() throws Exception {
        Shop shop = shop("Ten Rings");
        long piece = piece(shop, "Stacking ring", 3_500, 10, false);
        List<Callable<Integer>> buyers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Account shopper = account("stacker");
            int wanted = ThreadLocalRandom.current().nextInt(1, 4);
            inCart(shopper.getId(), piece, wanted);
            Reviewed reviewed = seen(shopper.getId());
            buyers.add(() -> {
                try {
                    buy(shopper.getId(), key(), GOOD, reviewed);
                    return wanted;
                } catch (OrderException e) {
                    return 0;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        int sold = 0;
        try {
            for (Future<Integer> bought : pool.invokeAll(buyers)) {
                sold += bought.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int remaining = stock(piece);
        assertTrue(remaining >= 0);
        assertEquals(10, sold + remaining, "sold " + sold + " + remaining " + remaining);
        assertEquals(sold, count("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE listing_id = ?1", piece));
        assertLedgerAddsUp(shop);
    }

    @Test
    void oneKeySentTenTimesAtOnceMakesOneOrderAndOnePayment() throws Exception {
        Shop shop = shop("Double Click");
        long piece = piece(shop, "Pendant", 12_000, 5, false);
        Account shopper = account("clicker");
        inCart(shopper.getId(), piece, 2);
        String key = key();
        Reviewed reviewed = seen(shopper.getId());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Long>> clicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clicks.add(() -> buy(shopper.getId(), key, GOOD, reviewed).getId());
        }
        Set<Long> confirmations = new java.util.HashSet<>();
        try {
            for (Future<Long> click : pool.invokeAll(clicks)) {
                confirmations.add(click.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, confirmations.size(), "every click sees the same order");
        assertEquals(1, count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?1", key));
        assertEquals(1, count("SELECT COUNT(*) FROM payment WHERE idempotency_key = ?1", key));
        assertEquals(1, gateway.chargesFor(key), "charged once");
        assertEquals(3, stock(piece), "two taken once");
        assertLedgerAddsUp(shop);
    }

    @Test
    void aPieceSoldWhileAThreeShopCheckoutRunsLeavesEverythingAsItWas() throws Exception {
        Shop a = shop("A Studio");
        Shop b = shop("B Studio");
        Shop c = shop("C Studio");
        long ring = piece(a, "A ring", 5_000, 2, false);
        long brooch = piece(b, "B brooch", 7_000, 1, true);
        long torque = piece(c, "C torque", 20_000, 1, true);
        Account shopper = account("three");
        inCart(shopper.getId(), ring, 1);
        inCart(shopper.getId(), brooch, 1);
        inCart(shopper.getId(), torque, 1);
        String key = key();
        Reviewed all = seen(shopper.getId());

        // Someone else's checkout holds the torque's row and sells it while ours runs: ours reads it as available,
        // takes the ring and the brooch, then waits for the torque, finds it gone, and undoes everything.
        tx.begin();
        em.createNativeQuery("UPDATE listing SET stock = 0, status = 'SOLD_OUT' WHERE id = ?1").setParameter(1, torque)
                .executeUpdate();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> ours = pool.submit(() -> {
            try {
                buy(shopper.getId(), key, GOOD, all);
                return "order";
            } catch (OrderException e) {
                return e.getMessageKey() + ":" + e.getDetail();
            }
        });
        Thread.sleep(1_500);
        tx.commit();
        assertEquals("checkout.error.gone:C torque", ours.get(), "names the piece that is gone");
        pool.shutdownNow();

        assertEquals(2, stock(ring), "nothing taken from the first shop");
        assertEquals(1, stock(brooch), "nothing taken from the second shop");
        assertEquals(0, gateway.chargesFor(key), "nothing charged");
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?1", key));
        assertEquals(3, count("SELECT COUNT(*) FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.account_id = ?1",
                shopper.getId()), "the cart is as it was");
    }

    @Test
    void declinedAndFailingCardsLeaveStockAndLedgerUntouched() throws Exception {
        Shop shop = shop("Declines");
        long piece = piece(shop, "Cuff", 15_000, 1, true);
        Account shopper = account("decline");
        inCart(shopper.getId(), piece, 1);
        for (String number : List.of(SandboxGateway.DECLINED, SandboxGateway.NO_FUNDS, "4242 4242 4242 4241")) {
            String key = key();
            OrderException refused = assertThrows(OrderException.class,
                    () -> buy(shopper.getId(), key, new Card(number, "12/30", "123"), seen(shopper.getId())));
            assertTrue(refused.getMessageKey().startsWith("checkout.error.card."), refused.getMessageKey());
            assertEquals(1, stock(piece));
            assertEquals(0, count("SELECT COUNT(*) FROM ledger_entry WHERE shop_id = ?1", shop.getId()));
            assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?1", key));
        }
        assertEquals("checkout.error.card.card_declined", assertThrows(OrderException.class, () -> buy(shopper.getId(),
                key(), new Card(SandboxGateway.DECLINED, "12/30", "123"), seen(shopper.getId()))).getMessageKey());
        assertEquals("checkout.error.card.insufficient_funds", assertThrows(OrderException.class, () -> buy(
                shopper.getId(), key(), new Card(SandboxGateway.NO_FUNDS, "12/30", "123"), seen(shopper.getId())))
                .getMessageKey());
        CustomerOrder order = buy(shopper.getId(), key(), GOOD, seen(shopper.getId()));
        assertEquals("4242", order.getPayment().getCardLast4());
        assertEquals(0, stock(piece));
        assertLedgerAddsUp(shop);
    }

    @Test
    void artisansTouchOnlyTheirOwnShopOrdersAndTheLedgerAddsUpAfterEachStep() throws Exception {
        Shop mine = shop("Mine");
        Shop theirs = shop("Theirs");
        long ring = piece(mine, "My ring", 10_000, 3, false);
        long pin = piece(theirs, "Their pin", 4_000, 3, false);
        Account shopper = account("both");
        inCart(shopper.getId(), ring, 1);
        inCart(shopper.getId(), pin, 2);
        CustomerOrder order = buy(shopper.getId(), key(), GOOD, seen(shopper.getId()));
        long myOwner = mine.getOwner().getId();
        long theirOwner = theirs.getOwner().getId();
        List<ShopOrder> myOrders = asShopper.call(() -> orders.shopOrders(myOwner, null));
        assertEquals(1, myOrders.size(), "an artisan sees only their own shop order");
        long myOrder = myOrders.get(0).getId();
        long theirOrder = asShopper.call(() -> orders.shopOrders(theirOwner, null)).get(0).getId();
        assertEquals(Money.euros(10_000).plus(Money.euros(490)), myOrders.get(0).getTotal(), "items + domestic shipping");
        assertEquals(Money.euros(1_000), myOrders.get(0).getCommission(), "10 % of the items");
        assertLedgerAddsUp(mine);
        assertEquals(Money.euros(10_490 - 1_000), asShopper.call(() -> ledger.balance(mine.getId())));

        // Tampered ids: every operation on another shop's order is "not found", and changes nothing.
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> orders.ship(myOwner, theirOrder, "DHL", "123")));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> orders.deliver(myOwner, theirOrder)));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> orders.cancel(myOwner, theirOrder,
                Money.euros(100), "no")));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> orders.refund(myOwner, theirOrder,
                Money.euros(100), RefundReason.OTHER, "no")));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> orders.order(myOwner, order.getId())));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> orders.cancelByShopper(myOwner, theirOrder)));
        assertLedgerAddsUp(theirs);
        assertEquals(Money.euros(8_000 + 490 - 800), asShopper.call(() -> ledger.balance(theirs.getId())));

        asShopper.run(() -> orders.ship(myOwner, myOrder, "DHL", "JD0001"));
        assertLedgerAddsUp(mine);
        asShopper.run(() -> orders.refund(myOwner, myOrder, Money.euros(2_098), RefundReason.DAMAGED_IN_TRANSIT,
                "a scratch on the band"));
        assertLedgerAddsUp(mine);
        // 20 % of the total refunded: 20 % of the commission comes back.
        assertEquals(Money.euros(10_490 - 1_000 - 2_098 + 200), asShopper.call(() -> ledger.balance(mine.getId())));
        assertThrows(OrderException.class, () -> asShopper.run(() -> orders.refund(myOwner, myOrder,
                Money.euros(10_000), RefundReason.OTHER, "too much")), "never more than was paid");
        asShopper.run(() -> orders.deliver(myOwner, myOrder));
        assertLedgerAddsUp(mine);

        // The shopper cancels the other shop order before it ships: full refund, pieces back in stock.
        asShopper.run(() -> orders.cancelByShopper(shopper.getId(), theirOrder));
        assertEquals(3, stock(pin));
        assertLedgerAddsUp(theirs);
        assertEquals(Money.euros(0), asShopper.call(() -> ledger.balance(theirs.getId())), "all given back");
        assertThrows(OrderException.class, () -> asShopper.run(() -> orders.cancelByShopper(shopper.getId(), myOrder)),
                "delivered: too late to cancel");
    }

    @Test
    void aPieceSoldMeanwhileIsMarkedInTheCartLeftOutOfTheTotalAndBothSidesAreNotified() throws Exception {
        Shop shop = shop("Meanwhile");
        long unique = piece(shop, "Unique torque", 30_000, 1, true);
        long ring = piece(shop, "Plain ring", 4_000, 4, false);
        Account slow = account("slow");
        Account quick = account("quick");
        inCart(slow.getId(), unique, 1);
        inCart(slow.getId(), ring, 1);
        inCart(quick.getId(), unique, 1);
        buy(quick.getId(), key(), GOOD, seen(quick.getId()));

        market.atelier.order.CartView cart = asShopper.call(() -> carts.view(slow.getId(), null, "PT"));
        List<market.atelier.order.CartView.Line> lines = cart.getShops().get(0).getLines();
        assertEquals("cart.problem.sold", lines.stream().filter(l -> l.getListingId() == unique).findFirst()
                .orElseThrow().getProblem(), "marked as sold");
        assertEquals(Money.euros(4_000 + 490), cart.getTotal(), "left out of the total");

        CustomerOrder order = buy(slow.getId(), key(), GOOD, seen(slow.getId()));
        assertEquals(Money.euros(4_490), order.getTotal());
        assertEquals(1, count("SELECT COUNT(*) FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.account_id = ?1",
                slow.getId()), "the sold piece stays in the cart, marked");
        assertTrue(count("SELECT COUNT(*) FROM notification WHERE account_id = ?1 AND message_key = 'orders.notify.new'",
                shop.getOwner().getId()) >= 2, "the maker is told of each order");
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE account_id = ?1"
                + " AND message_key = 'orders.notify.placed'", slow.getId()), "the shopper is told");
    }

    @Test
    void theCommissionAnAdminSetsIsRecordedOnNewOrdersOnlyAndPayoutsEmptyTheBalance() throws Exception {
        Shop shop = shop("Commission");
        long ring = piece(shop, "Signet", 10_000, 3, false);
        Account shopper = account("commission");
        inCart(shopper.getId(), ring, 1);
        buy(shopper.getId(), key(), GOOD, seen(shopper.getId()));
        try {
            asAdmin.call(() -> {
                ledger.setCommission(1_250);
                return null;
            });
            inCart(shopper.getId(), ring, 1);
            buy(shopper.getId(), key(), GOOD, seen(shopper.getId()));
        } finally {
            asAdmin.call(() -> {
                ledger.setCommission(1_000);
                return null;
            });
        }
        List<ShopOrder> sold = asShopper.call(() -> orders.shopOrders(shop.getOwner().getId(), null));
        assertEquals(List.of(1_250, 1_000), sold.stream().map(ShopOrder::getCommissionBp).toList(),
                "each order keeps the rate of its day");
        assertEquals(Money.euros(1_250), sold.get(0).getCommission());
        assertThrows(OrderException.class, () -> asAdmin.call(() -> {
            ledger.setCommission(9_000);
            return null;
        }), "more than 50 % is refused");
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asShopper.run(() -> ledger.setCommission(0)),
                "shoppers cannot set it");

        long admin = account("admin").getId();
        Money owed = asShopper.call(() -> ledger.balance(shop.getId()));
        assertEquals(Money.euros(2 * 10_490 - 1_000 - 1_250), owed);
        asAdmin.call(() -> ledger.markPaid(admin, shop.getId()));
        assertEquals(Money.euros(0), asShopper.call(() -> ledger.balance(shop.getId())));
        assertLedgerAddsUp(shop);
        assertThrows(OrderException.class, () -> asAdmin.call(() -> ledger.markPaid(admin, shop.getId())),
                "nothing left to pay");
    }

    // ---- what the shopper reviewed is what is charged -------------------------------------------------------

    /** Changes a committed piece (price, processing time) as its maker's edit would. */
    private void edit(long listingId, java.util.function.Consumer<Listing> change) throws Exception {
        tx.begin();
        change.accept(em.find(Listing.class, listingId));
        tx.commit();
    }

    private static String refusal(OrderException e) {
        return e.getMessageKey() + " " + java.util.Arrays.toString(e.getDetails());
    }

    @Test
    void aPriceRaisedBetweenReviewAndPayIsRefusedWithTheNewTotalAndPayingAgainChargesIt() throws Exception {
        Shop shop = shop("Reprice");
        long cuff = piece(shop, "Hammered cuff", 5_000, 3, false);
        Account shopper = account("reprice");
        inCart(shopper.getId(), cuff, 1);
        Reviewed reviewed = seen(shopper.getId());
        assertEquals(Money.euros(5_000 + 490), reviewed.total(), "the page showed 50.00 + 4.90 shipping");

        edit(cuff, listing -> listing.setPrice(Money.euros(6_500)));
        String key = key();
        OrderException refused = assertThrows(OrderException.class, () -> buy(shopper.getId(), key, GOOD, reviewed));
        assertEquals("checkout.error.price [Hammered cuff, 69.90 EUR]", refusal(refused),
                "names the piece and the new total");
        assertEquals(0, gateway.chargesFor(key), "nothing charged");
        assertEquals(3, stock(cuff), "nothing taken");
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?1", key));

        // The page shows the cart again: paying what it shows now goes through, at the new price.
        Reviewed again = seen(shopper.getId());
        assertEquals(Money.euros(6_990), again.total());
        CustomerOrder order = buy(shopper.getId(), key(), GOOD, again);
        assertEquals(Money.euros(6_990), order.getTotal());
        assertEquals(Money.euros(6_500), order.getShopOrders().get(0).getLines().get(0).getUnitPrice());
        assertLedgerAddsUp(shop);
    }

    @Test
    void aLoweredPriceOrShippingChangedMeanwhileIsRefusedTooAndNothingIsChargedUnseen() throws Exception {
        Shop shop = shop("Reship");
        long pin = piece(shop, "Enamel pin", 3_000, 5, false);
        Account shopper = account("reship");
        inCart(shopper.getId(), pin, 2);
        Reviewed reviewed = seen(shopper.getId());

        tx.begin();
        em.find(Shop.class, shop.getId()).setShipping(Money.euros(990), Money.euros(1_500), Money.euros(2_500), null);
        tx.commit();
        OrderException refused = assertThrows(OrderException.class, () -> buy(shopper.getId(), key(), GOOD, reviewed));
        assertEquals("checkout.error.total [69.90 EUR]", refusal(refused), "shipping 9.90 now: the new total");

        edit(pin, listing -> listing.setPrice(Money.euros(2_500)));
        Reviewed shippingSeen = seen(shopper.getId());
        edit(pin, listing -> listing.setPrice(Money.euros(2_000)));
        refused = assertThrows(OrderException.class, () -> buy(shopper.getId(), key(), GOOD, shippingSeen));
        assertEquals("checkout.error.price [Enamel pin, 49.90 EUR]", refusal(refused), "cheaper is still asked");
        assertEquals(5, stock(pin));

        assertEquals(Money.euros(4_990), buy(shopper.getId(), key(), GOOD, seen(shopper.getId())).getTotal());
        assertEquals(3, stock(pin));
    }

    // ---- nobody buys or reviews their own shop ---------------------------------------------------------------

    @Test
    void aSellerCannotAddTheirOwnPieceCheckItOutOrReviewTheirOwnShop() throws Exception {
        Shop shop = shop("Own");
        long owner = shop.getOwner().getId();
        long ring = piece(shop, "Own ring", 8_000, 2, false);
        OrderException refused = assertThrows(OrderException.class, () -> inCart(owner, ring, 1));
        assertEquals("cart.error.own", refused.getMessageKey(), "add to cart");

        // Put in the cart as a visitor, then signed in: the cart keeps it, marked, out of the total.
        String token = CartService.newToken();
        asShopper.call(() -> carts.add(null, token, ring, 1));
        asShopper.run(() -> carts.merge(owner, token));
        market.atelier.order.CartView cart = asShopper.call(() -> carts.view(owner, null, "PT"));
        assertEquals("cart.problem.own", cart.getShops().get(0).getLines().get(0).getProblem(), "the cart says why");
        assertEquals(Money.euros(0), cart.getTotal());
        assertTrue(seen(owner).lines().isEmpty(), "checkout does not offer it");

        // Whatever a request carries, checkout never sells it to its own maker.
        Reviewed forged = new Reviewed(Map.of(ring, new Reviewed.Line(1, Money.euros(8_000))),
                Money.euros(8_490));
        String key = key();
        refused = assertThrows(OrderException.class, () -> buy(owner, key, GOOD, forged));
        assertEquals("checkout.error.own [Own ring]", refusal(refused));
        assertEquals(2, stock(ring));
        assertEquals(0, gateway.chargesFor(key));

        // A piece bought before the shop was theirs (the shop changed hands): its new owner cannot review it.
        Account buyer = account("buyer-turned-owner");
        inCart(buyer.getId(), ring, 1);
        long shopOrder = buy(buyer.getId(), key(), GOOD, seen(buyer.getId())).getShopOrders().get(0).getId();
        asShopper.run(() -> {
            orders.ship(owner, shopOrder, "CTT", "RR1");
            orders.deliver(owner, shopOrder);
        });
        tx.begin();
        em.createNativeQuery("UPDATE shop SET owner_id = ?1 WHERE id = ?2").setParameter(1, buyer.getId())
                .setParameter(2, shop.getId()).executeUpdate();
        tx.commit();
        long line = count("SELECT id FROM order_line WHERE shop_order_id = ?1", shopOrder);
        ReviewException own = assertThrows(ReviewException.class, () -> asShopper.call(() -> reviews.post(
                buyer.getId(), line, new int[] {5, 5, 5, 5}, "Wunderschön – meine eigene Arbeit, großartig!",
                List.of())));
        assertEquals("reviews.error.own", own.getMessageKey());
        assertEquals(0, count("SELECT COUNT(*) FROM review WHERE shop_id = ?1", shop.getId()), "no review");
    }

    // ---- a visitor's cart joins at sign-in, whatever became of its pieces ------------------------------------

    @Test
    void aCookieCartWithAPieceOfASuspendedShopAndASoldPieceJoinsAtSignInMarkedNotRefused() throws Exception {
        Shop suspended = shop("Suspended later");
        Shop live = shop("Still live");
        long brooch = piece(suspended, "Suspended brooch", 4_000, 1, true);
        long sold = piece(live, "Sold ring", 3_000, 1, true);
        long chain = piece(live, "Chain", 2_000, 4, false);
        Account shopper = account("joiner");
        Account other = account("quicker");
        String token = CartService.newToken();
        for (long piece : List.of(brooch, sold, chain)) {
            asShopper.call(() -> carts.add(null, token, piece, 1));
        }
        inCart(other.getId(), sold, 1);
        buy(other.getId(), key(), GOOD, seen(other.getId()));
        tx.begin();
        em.find(Shop.class, suspended.getId()).setStatus(market.atelier.shop.ShopStatus.SUSPENDED);
        tx.commit();

        asShopper.run(() -> carts.merge(shopper.getId(), token));

        market.atelier.order.CartView cart = asShopper.call(() -> carts.view(shopper.getId(), null, "PT"));
        Map<Long, String> problems = new java.util.HashMap<>();
        cart.getShops().forEach(group -> group.getLines().forEach(line -> problems.put(line.getListingId(),
                String.valueOf(line.getProblem()))));
        assertEquals(Map.of(brooch, "cart.problem.shop", sold, "cart.problem.sold", chain, "null"), problems,
                "every line came along, the ones that cannot be bought marked");
        assertEquals(0, count("SELECT COUNT(*) FROM cart WHERE token = ?1", token), "the visitor cart is gone");
        assertEquals(Money.euros(2_000 + 490), buy(shopper.getId(), key(), GOOD, seen(shopper.getId())).getTotal(),
                "what can be bought is bought");
    }

    // ---- one making time ----------------------------------------------------------------------------------

    @Test
    void checkoutAndTheMakersShipByKeepTheListingPagesPromiseNotTheShopsUsualTime() throws Exception {
        Shop shop = shop("Slow and steady");
        long made = piece(shop, "Made to measure ring", 9_000, 2, false);
        long ready = piece(shop, "Ready ring", 4_000, 2, false);
        edit(made, listing -> listing.setProcessingDays(10));
        edit(ready, listing -> listing.setProcessingDays(2));
        assertEquals(3, shop.getProcessingDays(), "the shop usually takes 3 days");
        Account shopper = account("patient");
        inCart(shopper.getId(), made, 1);
        inCart(shopper.getId(), ready, 1);

        market.atelier.order.CartView.ShopGroup group = asShopper.call(() -> carts.view(shopper.getId(), null, "PT"))
                .getShops().get(0);
        assertEquals(10, group.getProcessingDays(), "checkout promises the longest piece's time");
        ShopOrder placed = buy(shopper.getId(), key(), GOOD, seen(shopper.getId())).getShopOrders().get(0);
        ShopOrder mine = asShopper.call(() -> orders.shopOrders(shop.getOwner().getId(), null)).get(0);
        assertEquals(placed.getId(), mine.getId());
        assertEquals(10, mine.getProcessingDays(), "the maker's order carries the same promise");
        assertEquals(mine.getCreatedAt().plus(java.time.Duration.ofDays(10)), mine.getShipBy(), "ship by");
    }

    // ---- hostile quantities ---------------------------------------------------------------------------------

    /** A same-site POST of {@code /cart/add} as a visitor with this cart cookie (or none). */
    private static java.net.http.HttpResponse<String> addToCart(String cookie, String form) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/cart/add"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void quantity2147483647AndOtherAbsurdQuantitiesAnswer400WithAMessageAndChangeNothing() throws Exception {
        Shop shop = shop("Quantities");
        long ring = piece(shop, "Counted ring", 2_000, 5, false);
        java.net.http.HttpResponse<String> first = addToCart(null, "listing=" + ring + "&quantity=1");
        assertEquals(303, first.statusCode());
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("atelier_cart="))
                .findFirst().orElseThrow().split(";")[0];
        String token = cookie.substring(cookie.indexOf('=') + 1);
        for (String quantity : List.of("2147483647", "2147483648", "99999999999999999999", "100", "0", "-1", "abc",
                "1.5", "")) {
            java.net.http.HttpResponse<String> response = addToCart(cookie,
                    "listing=" + ring + "&quantity=" + quantity);
            assertEquals(400, response.statusCode(), "quantity=" + quantity);
            assertTrue(response.body().contains("Choose a quantity from 1 to 99."), "says why: quantity=" + quantity);
        }
        assertEquals(400, addToCart(cookie, "listing=x&quantity=1").statusCode(), "not a piece");
        assertEquals(1, asShopper.call(() -> carts.count(null, token)), "the cart is as it was");
        assertEquals(303, addToCart(cookie, "listing=" + ring + "&quantity=99").statusCode(), "99 is capped by stock");
        assertEquals(5, asShopper.call(() -> carts.count(null, token)));
    }
}
