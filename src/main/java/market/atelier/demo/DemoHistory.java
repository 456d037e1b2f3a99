package market.atelier.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import market.atelier.messaging.MessagingService;
import market.atelier.order.Address;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.order.OrderService;
import market.atelier.order.RefundReason;
import market.atelier.order.ShopOrder;
import market.atelier.quality.TrustedMaker;
import market.atelier.review.Review;
import market.atelier.review.ShopReviewService;

/**
 * Demo data only: months of ordinary trade, so that figures, reviews and the Trusted maker badge have something to
 * show. Orders are placed, shipped and delivered, reviews posted and messages answered through the real services
 * (as a shopper would), then dated into the past; the pieces bought are put back, so the catalogue is unchanged.
 * Sam Shopper ends with one delivered piece to review.
 */
@Stateless
@RunAs("SHOPPER")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistory {

    private static final Card CARD = new Card("4242 4242 4242 4242", "12/30", "123");
    private static final String[] BUYERS = {"Marta Ferreira", "Jonas Becker", "Inês Costa", "Lukas Meyer",
        "Chloé Martin", "Tomás Rocha"};
    private static final String[] CITIES = {"Lisboa", "Berlin", "Porto", "Hamburg", "Lyon", "Braga"};
    private static final String[] COUNTRIES = {"PT", "DE", "PT", "DE", "FR", "PT"};
    private static final String[] POSTCODES = {"1200-195", "10115", "4050-123", "20095", "69001", "4700-001"};
    /** Per shop in catalogue order: how many orders, how many of them shipped late, how slow replies are (hours). */
    private static final int[][] PLAN = {{8, 0, 2}, {7, 0, 5}, {6, 1, 9}, {6, 2, 30}, {5, 0, 4}, {3, 0, 12},
        {2, 1, 20}, {1, 0, 6}};
    private static final String[] TEXTS = {
        "Even closer up than in the photos: the solder joins are invisible and the polish is soft, not mirror-bright. Wearing it every day.",
        "Exactly as described, down to the weight. It came in a small linen pouch with a note about caring for silver.",
        "Beautiful texture, every hammer mark different. Slightly smaller than I expected, but the size was in the listing.",
        "The maker answered my question about sizing within an hour and adjusted it before shipping. Lovely work.",
        "Arrived a few days later than promised, but the piece itself is flawless. The clasp closes firmly.",
        "You can see it was made by hand, in the best way: the edges are rounded and nothing catches on clothes.",
        "A gift for my sister; she has not taken it off since. Packaging was simple and sturdy.",
        "Good piece, honest description. The stone is a little darker than on my screen."};
    private static final int[][] SCORES = {{5, 5, 5, 5}, {5, 5, 5, 4}, {5, 4, 5, 5}, {5, 5, 5, 5}, {4, 5, 4, 3},
        {5, 5, 4, 5}, {5, 5, 5, 5}, {4, 4, 5, 4}};
    private static final String[] REPLIES = {
        "Thank you for taking the time to look so closely. It was a pleasure to make.",
        "Thank you! Silver darkens with time; a soft cloth brings the shine back.",
        "Sorry for the delay, and thank you for your patience. Enjoy wearing it."};
    private static final String[] QUESTIONS = {
        "Hello! Could this be made half a size larger? I wear a 54.",
        "Is the silver recycled? And does it come in a gift box?",
        "Would you ship to Switzerland, and how long would it take?",
        "Could you engrave two initials inside the band?",
        "Do you have this in a slightly longer chain, around 50 cm?"};

    @EJB
    private DemoWriter writer;

    @Inject
    private CartService carts;

    @Inject
    private Checkout checkout;

    @Inject
    private OrderService orders;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private MessagingService messaging;

    @Inject
    private TrustedMaker trusted;

    public void seed(Instant now) {
        List<Long> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS.length; i++) {
            buyers.add(writer.buyer("buyer" + (i + 1) + "@shoppers.demo.atelier", BUYERS[i], now));
        }
        Map<Long, List<Object[]>> byShop = new LinkedHashMap<>();
        writer.shopsWithStock().forEach(row -> byShop.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row));
        int shopIndex = 0;
        int text = 0;
        for (List<Object[]> pieces : byShop.values()) {
            if (shopIndex >= PLAN.length) {
                break;
            }
            int[] plan = PLAN[shopIndex];
            long shopId = (Long) pieces.get(0)[0];
            long owner = (Long) pieces.get(0)[1];
            for (int k = 0; k < plan[0]; k++) {
                int b = (shopIndex + k) % buyers.size();
                long listing = (Long) pieces.get(k % pieces.size())[4];
                int processing = (Integer) pieces.get(k % pieces.size())[2]; // the piece's promise
                long shopOrder = delivered(buyers.get(b), b, owner, listing).getId();
                // Spread over the last 80 days (most within 90: they count for the badge), one older.
                long daysAgo = k == plan[0] - 1 && plan[0] > 4 ? 140 : 8 + 9L * k;
                Instant placed = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(3L * k));
                boolean late = k < plan[1];
                Instant shipped = placed.plus(Duration.ofHours(late ? 24L * (processing + 3) : 20L * processing));
                Instant delivered = shipped.plus(Duration.ofDays(3));
                Review review = null;
                boolean replied = false;
                if (k % 4 != 3) { // most buyers review (before the order is dated back: reviews close after 90 days)
                    review = reviews.post(buyers.get(b), writer.lineOf(shopOrder), SCORES[text % SCORES.length],
                            TEXTS[text % TEXTS.length], List.of());
                    if (text % 2 == 0) {
                        reviews.reply(owner, review.getId(), REPLIES[text % REPLIES.length]);
                        replied = true;
                    }
                    text++;
                }
                writer.backdateOrder(shopOrder, placed, shipped, delivered);
                if (review != null) {
                    Instant reviewed = delivered.plus(Duration.ofDays(2));
                    writer.backdateReview(review.getId(), reviewed, replied ? reviewed.plus(Duration.ofDays(1)) : null);
                }
            }
            if (shopIndex == 2) { // one order the shop could not make in time: cancelled and refunded
                ShopOrder cancelled = buy(buyers.get(1), 1, (Long) pieces.get(0)[4]);
                orders.cancel(owner, cancelled.getId(), cancelled.getRefundable(),
                        "The stone I had for it cracked while setting; I am sorry.");
                Instant placed = now.minus(Duration.ofDays(20));
                writer.backdateOrder(cancelled.getId(), placed, null, null);
            }
            if (shopIndex == 3) { // one piece sent back as not described: the colour was off
                ShopOrder returned = delivered(buyers.get(2), 2, owner, (Long) pieces.get(0)[4]);
                orders.refund(owner, returned.getId(), returned.getRefundable(), RefundReason.NOT_AS_DESCRIBED,
                        "Returned: the patina was much darker than in the photos.");
                Instant placed = now.minus(Duration.ofDays(33));
                writer.backdateOrder(returned.getId(), placed, placed.plus(Duration.ofDays(3)),
                        placed.plus(Duration.ofDays(6)));
            }
            for (int q = 0; q < Math.min(QUESTIONS.length, plan[0]); q++) {
                int b = (shopIndex + q + 1) % buyers.size();
                long conversation = messaging.start(buyers.get(b), shopId, null, null, QUESTIONS[q]);
                messaging.reply(owner, conversation, "Thank you for asking! Yes, that is possible; I will send"
                        + " you the details.");
                Instant asked = now.minus(Duration.ofDays(5 + 11L * q));
                writer.backdateConversation(conversation, asked, asked.plus(Duration.ofHours(plan[2] + q)));
            }
            shopIndex++;
        }
        if (!byShop.isEmpty()) { // Sam Shopper's piece from the first shop, delivered and waiting for a review
            Object[] first = byShop.values().iterator().next().get(0);
            long shopOrder = delivered(writer.accountId(DemoWriter.SHOPPER), 0, (Long) first[1], (Long) first[4])
                    .getId();
            Instant placed = now.minus(Duration.ofDays(9));
            writer.backdateOrder(shopOrder, placed, placed.plus(Duration.ofDays(2)), placed.plus(Duration.ofDays(5)));
        }
        trusted.runAll(now);
    }

    /** A piece bought, shipped and delivered today (dated back by the caller); the piece is put back. */
    private ShopOrder delivered(long buyer, int b, long owner, long listing) {
        ShopOrder order = buy(buyer, b, listing);
        orders.ship(owner, order.getId(), "CTT", "RR" + (100_000_000L + order.getId()) + "PT");
        orders.deliver(owner, order.getId());
        writer.restock(listing, 1);
        return order;
    }

    private ShopOrder buy(long buyer, int b, long listing) {
        carts.add(buyer, null, listing, 1);
        String key = UUID.randomUUID().toString().replace("-", "");
        CustomerOrder order = checkout.submit(buyer, key, new Address(BUYERS[b], "Rua das Flores " + (b + 1), null,
                POSTCODES[b], CITIES[b], COUNTRIES[b]), CARD, carts.view(buyer, null, COUNTRIES[b]).reviewed());
        return order.getShopOrders().get(0);
    }
}
