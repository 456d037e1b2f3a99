package market.atelier.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.it.AsShopper;
import market.atelier.it.Deployments;
import market.atelier.it.Fixtures;
import market.atelier.messaging.MessagingService.Unread;
import market.atelier.notification.NotificationService;
import market.atelier.order.Address;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conversations between shoppers and shops: only their two sides can read or answer them (any other id is "not
 * found", on the service and on the page), references must belong to the shop, the rate limit and the length limit
 * refuse, text is stored and shown as typed but escaped and never linked, and the shop's first answer is announced
 * once.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {

    private static final String PASSWORD = "messaging test password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(MessagingIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                Fixtures.class, AnsweredLog.class, PageClient.class, market.atelier.it.Http.class,
                market.atelier.it.FormClient.class);
    }

    @Inject
    private MessagingService messaging;

    @Inject
    private NotificationService notifications;

    @Inject
    private AccountService accounts;

    @Inject
    private AsShopper as;

    @Inject
    private CartService carts;

    @Inject
    private Checkout checkout;

    @Inject
    private AnsweredLog answeredLog;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @ArquillianResource
    private URL base;

    private String run;
    private long ann;
    private long ben;
    private long makerA;
    private long makerB;
    private long shopA;
    private long shopB;
    private final long[] piecesA = new long[3];
    private final long[] piecesB = new long[3];

    @BeforeEach
    void twoShoppersAndTwoShops() throws Exception {
        run = Long.toString(System.nanoTime());
        ann = accounts.signUp("ann-" + run + "@it.atelier", "Ann " + run, PASSWORD).getId();
        ben = accounts.signUp("ben-" + run + "@it.atelier", "Ben " + run, PASSWORD).getId();
        makerA = accounts.signUp("maker-a-" + run + "@it.atelier", "Maker A", PASSWORD).getId();
        makerB = accounts.signUp("maker-b-" + run + "@it.atelier", "Maker B", PASSWORD).getId();
        tx.begin();
        Shop a = Fixtures.shop(em, em.find(Account.class, makerA), "Talk Studio A " + run);
        Shop b = Fixtures.shop(em, em.find(Account.class, makerB), "Talk Studio B " + run);
        for (int i = 0; i < 3; i++) {
            piecesA[i] = listing(a, "Ring A" + i + " " + run);
            piecesB[i] = listing(b, "Ring B" + i + " " + run);
        }
        tx.commit();
        shopA = a.getId();
        shopB = b.getId();
    }

    /** A piece listed long ago, so test pieces stay off the home page (other browser tests read it). */
    private long listing(Shop shop, String title) {
        Listing listing = new Listing(shop, title, em.find(Category.class, "rings"), Money.euros(5_000),
                Instant.now().minus(java.time.Duration.ofDays(800)));
        listing.setStock(1);
        listing.setStatus(ListingStatus.ACTIVE);
        em.persist(listing);
        em.flush();
        return listing.getId();
    }

    @Test
    void aShopperStartsTheShopRepliesAndEachSideCountsWhatItHasNotRead() throws Exception {
        long about = as.call(() -> messaging.start(ann, shopA, piecesA[0], null, "Is this ring\nsize 54?"));
        assertEquals(new Unread(0, 1), as.call(() -> messaging.unread(makerA)), "the shop has one unread");
        assertEquals(new Unread(0, 0), as.call(() -> messaging.unread(ann)), "the writer has none");
        assertEquals(1, as.call(() -> notifications.unreadCount(makerA)), "the maker is notified");

        List<Conversation> shopInbox = as.call(() -> messaging.shopInbox(makerA));
        assertEquals(1, shopInbox.size());
        assertEquals("Ring A0 " + run, shopInbox.get(0).getListingTitle());
        assertEquals("Is this ring\nsize 54?", shopInbox.get(0).getLastExcerpt(), "kept as typed");
        assertEquals("Ann " + run, shopInbox.get(0).getShopper().getDisplayName());

        MessagingService.ConversationView seen = as.call(() -> messaging.conversation(makerA, about));
        assertTrue(seen.asShop());
        as.run(() -> messaging.markRead(makerA, about));
        assertEquals(new Unread(0, 0), as.call(() -> messaging.unread(makerA)), "read by opening");
        assertEquals(0, as.call(() -> notifications.unreadCount(makerA)), "and so is the notice");

        as.run(() -> messaging.reply(makerA, about, "Yes, and I can resize it."));
        assertEquals(new Unread(1, 0), as.call(() -> messaging.unread(ann)), "the shopper has the reply unread");
        MessagingService.ConversationView thread = as.call(() -> messaging.conversation(ann, about));
        assertFalse(thread.asShop());
        assertEquals(List.of(false, true), thread.messages().stream().map(Message::isFromShop).toList(),
                "oldest first: question, answer");

        // A second conversation with another shop is newest first; answering the first brings it back on top.
        long other = as.call(() -> messaging.start(ann, shopB, null, null, "Do you make earrings?"));
        assertEquals(List.of(other, about), ids(as.call(() -> messaging.shopperInbox(ann))));
        Thread.sleep(5);
        as.run(() -> messaging.reply(makerA, about, "Photos tomorrow."));
        assertEquals(List.of(about, other), ids(as.call(() -> messaging.shopperInbox(ann))));
        assertEquals(new Unread(2, 0), as.call(() -> messaging.unread(ann)));

        // Writing again about the same piece continues the conversation instead of starting a second one.
        assertEquals(about, as.call(() -> messaging.start(ann, shopA, piecesA[0], null, "Thank you!")));
        assertEquals(1, as.call(() -> messaging.shopInbox(makerA)).size());
    }

    @Test
    void anotherShopperOrAnotherArtisanCanNeitherReadNorAnswerAndThePageAnswers404() throws Exception {
        long id = as.call(() -> messaging.start(ann, shopA, null, null, "Private question " + run));
        for (long stranger : new long[] {ben, makerB}) {
            assertThrows(AccessRefused.class, () -> as.call(() -> messaging.conversation(stranger, id)));
            assertThrows(AccessRefused.class, () -> as.run(() -> messaging.reply(stranger, id, "let me in")));
            as.run(() -> messaging.markRead(stranger, id));
        }
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.conversation(ann, 987_654_321L)));
        assertEquals(new Unread(0, 1), as.call(() -> messaging.unread(makerA)), "strangers changed nothing");
        assertEquals(1, as.call(() -> messaging.conversation(ann, id)).messages().size(), "nothing was added");
        assertTrue(as.call(() -> messaging.shopperInbox(ben)).isEmpty());
        assertTrue(as.call(() -> messaging.shopInbox(makerB)).isEmpty());

        String path = "/account/messages/conversation?id=" + id;
        assertEquals(404, PageClient.signedIn(base, "ben-" + run + "@it.atelier", PASSWORD).get(path).statusCode());
        PageClient otherMaker = PageClient.signedIn(base, "maker-b-" + run + "@it.atelier", PASSWORD);
        assertEquals(404, otherMaker.get(path).statusCode());
        assertFalse(otherMaker.get("/seller/messages").body().contains("Private question " + run));
        assertEquals(404, otherMaker.get("/account/messages/conversation?id=abc").statusCode());
        var own = PageClient.signedIn(base, "maker-a-" + run + "@it.atelier", PASSWORD).get(path);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Private question " + run));
    }

    @Test
    void aPieceOfAnotherShopAnotherShoppersOrderOrOnesOwnShopIsRefused() throws Exception {
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.start(ann, shopA, piecesB[0], null, "Hi")));
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.draft(ann, shopA, piecesB[0], null)));
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.start(ann, shopA, null, 987_654_321L, "Hi")));
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.start(ann, 987_654_321L, null, null, "Hi")));
        MessagingException own = assertThrows(MessagingException.class,
                () -> as.call(() -> messaging.start(makerA, shopA, piecesA[0], null, "Talking to myself")));
        assertEquals("messages.error.ownShop", own.getMessageKey());
        assertTrue(as.call(() -> messaging.shopInbox(makerA)).isEmpty(), "nothing was stored");

        PageClient page = PageClient.signedIn(base, "ann-" + run + "@it.atelier", PASSWORD);
        assertEquals(404, page.get("/account/messages/new?shop=" + shopA + "&listing=" + piecesB[0]).statusCode());
        assertEquals(200, page.get("/account/messages/new?shop=" + shopA + "&listing=" + piecesA[0]).statusCode());
    }

    @Test
    void tooManyMessagesToOneShopOrTooManyNewConversationsAreRefused() throws Exception {
        long id = as.call(() -> messaging.start(ann, shopA, null, null, "Message 1"));
        for (int i = 2; i <= MessagingService.MESSAGES_PER_HOUR; i++) {
            String text = "Message " + i;
            as.run(() -> messaging.reply(ann, id, text));
        }
        MessagingException limited = assertThrows(MessagingException.class,
                () -> as.run(() -> messaging.reply(ann, id, "One too many")));
        assertEquals("messages.error.tooMany", limited.getMessageKey());
        assertThrows(MessagingException.class,
                () -> as.call(() -> messaging.start(ann, shopA, piecesA[1], null, "A new conversation, same shop")));
        assertEquals(MessagingService.MESSAGES_PER_HOUR, as.call(() -> messaging.conversation(ann, id)).messages().size());
        as.run(() -> messaging.reply(makerA, id, "The shop can still answer."));

        // New conversations: a few an hour, whatever the shop.
        as.call(() -> messaging.start(ann, shopB, null, null, "B, 1"));
        as.call(() -> messaging.start(ann, shopB, piecesB[0], null, "B, 2"));
        as.call(() -> messaging.start(ann, shopB, piecesB[1], null, "B, 3"));
        as.call(() -> messaging.start(ann, shopB, piecesB[2], null, "B, 4"));
        MessagingException tooMany = assertThrows(MessagingException.class,
                () -> as.call(() -> messaging.start(ann, shopA, piecesA[2], null, "A, 6")));
        assertEquals("messages.error.tooManyConversations", tooMany.getMessageKey());
        assertEquals(MessagingService.CONVERSATIONS_PER_HOUR, as.call(() -> messaging.shopperInbox(ann)).size());
    }

    @Test
    void anEmptyOrOverlongMessageIsRefusedAndNothingIsStored() throws Exception {
        MessagingException tooLong = assertThrows(MessagingException.class,
                () -> as.call(() -> messaging.start(ann, shopA, null, null, "x".repeat(Message.BODY_MAX + 1))));
        assertEquals("messages.error.tooLong", tooLong.getMessageKey());
        MessagingException empty = assertThrows(MessagingException.class,
                () -> as.call(() -> messaging.start(ann, shopA, null, null, " \n\t ")));
        assertEquals("messages.error.empty", empty.getMessageKey());
        assertTrue(as.call(() -> messaging.shopperInbox(ann)).isEmpty(), "nothing stored");

        long id = as.call(() -> messaging.start(ann, shopA, null, null, "y".repeat(Message.BODY_MAX)));
        assertThrows(MessagingException.class,
                () -> as.run(() -> messaging.reply(makerA, id, "z".repeat(Message.BODY_MAX + 1))));
        assertEquals(Message.BODY_MAX, as.call(() -> messaging.conversation(ann, id)).messages().get(0).getBody().length());
    }

    @Test
    void markupAndLinksAreStoredAsTypedAndShownAsEscapedTextWithoutLinks() throws Exception {
        String hostile = "<script>window.__xss=1</script> see https://evil.example/phish and <b>bold</b>";
        long id = as.call(() -> messaging.start(ann, shopA, null, null, hostile));
        assertEquals(hostile, as.call(() -> messaging.conversation(makerA, id)).messages().get(0).getBody());

        PageClient maker = PageClient.signedIn(base, "maker-a-" + run + "@it.atelier", PASSWORD);
        for (String path : List.of("/account/messages/conversation?id=" + id, "/seller/messages")) {
            String html = maker.get(path).body();
            assertTrue(html.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"), path + " shows the markup as text");
            assertFalse(html.contains("<script>window.__xss"), path + " never as markup");
            assertFalse(html.contains("<b>bold"), path);
            assertTrue(html.contains("https://evil.example/phish"), path + " shows the address");
            assertFalse(html.contains("href=\"https://evil.example"), path + " but does not link it");
        }
    }

    @Test
    void onlyTheShopsFirstReplyIsAnnouncedAndRecorded() throws Exception {
        long id = as.call(() -> messaging.start(ann, shopA, null, null, "Hello?"));
        as.run(() -> messaging.reply(ann, id, "Anyone there?"));
        assertEquals(0, answeredLog.count(shopA), "the shopper's own messages are no answer");
        assertNull(row(id)[3], "not answered yet");

        as.run(() -> messaging.reply(makerA, id, "Hello! Yes."));
        assertEquals(1, answeredLog.count(shopA), "the first answer is announced");
        Object[] answered = row(id);
        assertEquals(shopA, ((Number) answered[0]).longValue());
        assertNotNull(answered[1]);
        assertEquals(Boolean.FALSE, answered[2]);
        assertNotNull(answered[3], "first_reply_at set");

        Thread.sleep(5);
        as.run(() -> messaging.reply(makerA, id, "And another thing."));
        assertEquals(1, answeredLog.count(shopA), "later answers are not announced");
        assertEquals(answered[3].toString(), row(id)[3].toString(), "first_reply_at is set once");
        assertEquals(0, answeredLog.count(shopB));
    }

    @Test
    void aShopWritesAboutAnOrderOnlyToItsShopperAndItsMessagesAreNoFirstReply() throws Exception {
        as.call(() -> carts.add(ann, null, piecesA[1], 1));
        CustomerOrder placed = as.call(() -> checkout.submit(ann, java.util.UUID.randomUUID().toString().replace("-", ""),
                new Address("Ann", "Rua das Flores 1", null, "1200-195", "Lisboa", "PT"),
                new Card("4242 4242 4242 4242", "12/30", "123"), carts.view(ann, null, "PT").reviewed()));
        long shopOrder = ((Number) em.createNativeQuery("SELECT id FROM shop_order WHERE order_id = ?")
                .setParameter(1, placed.getId()).getSingleResult()).longValue();

        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.start(ben, shopA, null, shopOrder, "Mine?")),
                "another shopper's order");
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.start(ann, shopB, null, shopOrder, "Hi")),
                "an order of another shop");
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.startAsShop(makerB, shopOrder, "Hi")),
                "another shop's order");
        assertThrows(AccessRefused.class, () -> as.call(() -> messaging.shopDraft(makerB, shopOrder)));

        long id = as.call(() -> messaging.startAsShop(makerA, shopOrder, "Thank you for your order!"));
        Object[] row = row(id);
        assertEquals(Boolean.TRUE, row[2], "started by the shop");
        assertNull(row[3], "a shop's message in its own conversation is no reply");
        assertEquals(0, answeredLog.count(shopA));
        assertEquals(new Unread(1, 0), as.call(() -> messaging.unread(ann)));

        assertEquals(id, as.call(() -> messaging.start(ann, shopA, null, shopOrder, "Thanks, can't wait!")),
                "writing about the same order continues it");
        as.run(() -> messaging.reply(makerA, id, "Shipped today."));
        assertNull(row(id)[3]);
        assertEquals(0, answeredLog.count(shopA));

        assertEquals(404, PageClient.signedIn(base, "maker-b-" + run + "@it.atelier", PASSWORD)
                .get("/seller/messages/new?order=" + shopOrder).statusCode());
        assertEquals(200, PageClient.signedIn(base, "maker-a-" + run + "@it.atelier", PASSWORD)
                .get("/seller/messages/new?order=" + shopOrder).statusCode());
    }

    @Test
    void visitorsCannotCallTheService() {
        assertThrows(EJBAccessException.class, () -> messaging.start(ann, shopA, null, null, "anonymous"));
        assertThrows(EJBAccessException.class, () -> messaging.unread(ann));
    }

    /** The columns shop figures read: shop_id, created_at, started_by_shop, first_reply_at. */
    private Object[] row(long id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT shop_id, created_at, started_by_shop, first_reply_at"
                + " FROM conversation WHERE id = ?").setParameter(1, id).getSingleResult();
        return row;
    }

    private static List<Long> ids(List<Conversation> conversations) {
        return conversations.stream().map(Conversation::getId).toList();
    }
}
