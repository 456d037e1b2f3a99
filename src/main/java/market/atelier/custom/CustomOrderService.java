package market.atelier.custom;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.notification.NotificationService;
import market.atelier.order.CartService;
import market.atelier.order.ShopOrder;
import market.atelier.order.ShopOrderStatus;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Excerpt;
import market.atelier.shared.MediaStore.StoredImage;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/**
 * Requests, quotes, the private listing an accepted quote becomes, and progress photos. Every method names the acting
 * account and checks it itself: only the requesting shopper accepts or withdraws, only the shop's owner quotes,
 * declines or posts progress, whatever id a request carries (someone else's request or order is "not found").
 */
@Stateless
@RolesAllowed("SHOPPER")
public class CustomOrderService {

    public static final Money MIN_AMOUNT = Money.euros(100);
    public static final Money MAX_AMOUNT = Money.euros(10_000_000);
    public static final int MAX_DAYS = 365;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CartService carts;

    @Inject
    private NotificationService notifications;

    @Inject
    private jakarta.enterprise.event.Event<market.atelier.catalog.search.CatalogChanged> changed;

    /**
     * An amount as people type it in this language ("120", "120,50", "1.200,50 €"), or a refusal naming the field's
     * message ({@code messageKey}, or {@code messageKey.range} when it is outside 1 to 100,000 EUR).
     */
    public static Money parseAmount(String text, String messageKey, java.util.Locale locale) {
        Money amount;
        try {
            amount = Money.parseEuros(text, locale);
        } catch (Money.Unreadable e) {
            throw new CustomOrderException(e.problem() == Money.Problem.TOO_LARGE ? messageKey + ".range" : messageKey);
        }
        if (amount.compareTo(MIN_AMOUNT) < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new CustomOrderException(messageKey + ".range");
        }
        return amount;
    }

    // ---- shopper -------------------------------------------------------------------------------------------

    /** The live shop a request may go to, or a refusal when it takes no custom orders (or is not public). */
    public Shop shopTakingRequests(long shopId) {
        Shop shop = em.find(Shop.class, shopId);
        if (shop == null || shop.getStatus() != ShopStatus.LIVE) {
            throw new AccessRefused("shop " + shopId);
        }
        if (shop.getCustomOrdersPolicy() == null || shop.getCustomOrdersPolicy().isBlank()) {
            throw new CustomOrderException("custom.error.notAccepting");
        }
        return shop;
    }

    public CustomRequest request(long accountId, long shopId, String description, Money budget, LocalDate wished,
                                 List<StoredImage> photos) {
        Shop shop = shopTakingRequests(shopId);
        if (shop.getOwner().getId() == accountId) {
            throw new CustomOrderException("custom.error.ownShop");
        }
        if (description == null || description.isBlank()) {
            throw new CustomOrderException("custom.error.description");
        }
        if (description.strip().length() > CustomRequest.DESCRIPTION_MAX) {
            throw new CustomOrderException("custom.error.descriptionLong");
        }
        if (budget == null || budget.compareTo(MIN_AMOUNT) < 0 || budget.compareTo(MAX_AMOUNT) > 0) {
            throw new CustomOrderException("custom.error.budget.range");
        }
        if (wished != null && wished.isBefore(LocalDate.now(ZoneOffset.UTC).minusDays(1))) {
            throw new CustomOrderException("custom.error.datePast");
        }
        if (photos.size() > CustomRequest.MAX_PHOTOS) {
            throw new CustomOrderException("custom.error.photos");
        }
        Instant now = Instant.now();
        CustomRequest request = new CustomRequest(shop, accountId, description.strip(), budget, wished, now);
        photos.forEach(p -> request.getPhotos().add(new ReferencePhoto(p.key(), p.width(), p.height())));
        em.persist(request);
        em.flush();
        notifications.notify(shop.getOwner().getId(), "custom.notify.requested", "/seller/custom",
                request.getId().toString());
        return request;
    }

    /** The shopper's requests, newest first, with their shops (one query; photos batched in one more). */
    public List<CustomRequest> mine(long accountId) {
        return em.createQuery("SELECT r FROM CustomRequest r JOIN FETCH r.shop WHERE r.accountId = :account"
                        + " ORDER BY r.createdAt DESC, r.id DESC", CustomRequest.class)
                .setParameter("account", accountId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.photos")
                .getResultList();
    }

    public CustomRequest withdraw(long accountId, long requestId) {
        CustomRequest request = locked(requestId);
        if (request.getAccountId() != accountId) {
            throw new AccessRefused("request " + requestId);
        }
        if (!request.getStatus().isOpen()) {
            throw new CustomOrderException("custom.error.state");
        }
        request.withdraw(Instant.now());
        notifications.notify(request.getShop().getOwner().getId(), "custom.notify.withdrawn", "/seller/custom",
                request.getId().toString());
        return request;
    }

    /**
     * Accepts a quote: one conditional update moves the request from QUOTED to ACCEPTED (so of two accepts at once
     * exactly one goes on), then a private listing reserved for the shopper is made and put in their cart.
     * Returns the listing id.
     */
    public long accept(long accountId, long requestId) {
        return accept(accountId, requestId, null);
    }

    /**
     * Accepts the quote as the shopper saw it: when {@code seenVersion} is given and the artisan has changed the quote
     * since, nothing happens and the refusal says the request moved on.
     */
    public long accept(long accountId, long requestId, Long seenVersion) {
        CustomRequest request = em.find(CustomRequest.class, requestId);
        if (request == null || request.getAccountId() != accountId) {
            throw new AccessRefused("request " + requestId);
        }
        jakarta.persistence.Query update = em.createQuery("UPDATE CustomRequest r SET r.status = :accepted,"
                        + " r.version = r.version + 1 WHERE r.id = :id AND r.accountId = :account AND r.status = :quoted"
                        + (seenVersion == null ? "" : " AND r.version = :seen"))
                .setParameter("accepted", CustomRequestStatus.ACCEPTED)
                .setParameter("quoted", CustomRequestStatus.QUOTED)
                .setParameter("id", requestId)
                .setParameter("account", accountId);
        if (seenVersion != null) {
            update.setParameter("seen", seenVersion);
        }
        int moved = update.executeUpdate();
        if (moved == 0) {
            throw new CustomOrderException("custom.error.state");
        }
        em.refresh(request);
        Instant now = Instant.now();
        Shop shop = request.getShop();
        Listing listing = new Listing(shop, title(request), category(shop), request.getQuote(), now);
        listing.setDescription(request.getQuoteText());
        listing.setOneOfAKind(true);
        listing.setStock(1);
        listing.setMadeToOrder(true);
        listing.setProcessingDays(request.getQuoteDays());
        shop.getMaterials().stream().limit(20).forEach(listing.getMaterials()::add);
        shop.getTechniques().stream().limit(20).forEach(listing.getTechniques()::add);
        listing.setReservedFor(accountId);
        listing.setStatus(ListingStatus.ACTIVE);
        em.persist(listing);
        em.flush();
        request.accepted(listing.getId(), now);
        carts.add(accountId, null, listing.getId(), 1);
        // The index reads it back and leaves it out (reserved); public pages drop their cache.
        changed.fire(market.atelier.catalog.search.CatalogChanged.listing(listing.getId()));
        notifications.notify(shop.getOwner().getId(), "custom.notify.accepted", "/seller/custom",
                request.getId().toString());
        return listing.getId();
    }

    // ---- artisan -------------------------------------------------------------------------------------------

    /** Requests to the artisan's shop, open ones first, then newest first (one query; photos batched). */
    public List<CustomRequest> toMyShop(long accountId) {
        return em.createQuery("SELECT r FROM CustomRequest r JOIN FETCH r.shop s WHERE s.owner.id = :account"
                        + " ORDER BY CASE WHEN r.status = :requested THEN 0 WHEN r.status = :quoted THEN 1 ELSE 2 END,"
                        + " r.createdAt DESC, r.id DESC", CustomRequest.class)
                .setParameter("account", accountId)
                .setParameter("requested", CustomRequestStatus.REQUESTED)
                .setParameter("quoted", CustomRequestStatus.QUOTED)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.photos")
                .getResultList();
    }

    /** Quotes (or re-quotes while the shopper has not answered) a request to the artisan's own shop. */
    public CustomRequest quote(long accountId, long requestId, Money price, int days, String text) {
        CustomRequest request = ownShopRequest(accountId, requestId);
        if (!request.getStatus().isOpen()) {
            throw new CustomOrderException("custom.error.state");
        }
        if (price == null || price.compareTo(MIN_AMOUNT) < 0 || price.compareTo(MAX_AMOUNT) > 0) {
            throw new CustomOrderException("custom.error.price.range");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new CustomOrderException("custom.error.days");
        }
        if (text == null || text.isBlank()) {
            throw new CustomOrderException("custom.error.quoteText");
        }
        if (text.strip().length() > CustomRequest.DESCRIPTION_MAX) {
            throw new CustomOrderException("custom.error.descriptionLong");
        }
        request.quote(price, days, text.strip(), Instant.now());
        notifications.notify(request.getAccountId(), "custom.notify.quoted", "/account/custom",
                request.getShop().getName(), price.amount().toPlainString());
        return request;
    }

    public CustomRequest decline(long accountId, long requestId, String reason) {
        CustomRequest request = ownShopRequest(accountId, requestId);
        if (!request.getStatus().isOpen()) {
            throw new CustomOrderException("custom.error.state");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > CustomRequest.REASON_MAX) {
            throw new CustomOrderException("custom.error.reason");
        }
        request.decline(reason.strip(), Instant.now());
        notifications.notify(request.getAccountId(), "custom.notify.declined", "/account/custom",
                request.getShop().getName());
        return request;
    }

    /** A shop order of the artisan's own shop, with its lines, for the progress page. */
    public ShopOrder ownShopOrder(long accountId, long shopOrderId) {
        ShopOrder order = em.find(ShopOrder.class, shopOrderId);
        if (order == null || order.getShop().getOwner().getId() != accountId) {
            throw new AccessRefused("shop order " + shopOrderId);
        }
        order.getLines().size();
        return order;
    }

    /** Posts a progress note (photo optional but encouraged) on a shop order of the artisan's shop being made. */
    public ProgressUpdate postProgress(long accountId, long shopOrderId, StoredImage photo, String note) {
        ShopOrder order = ownShopOrder(accountId, shopOrderId);
        if (order.getStatus() != ShopOrderStatus.NEW && order.getStatus() != ShopOrderStatus.SHIPPED) {
            throw new CustomOrderException("custom.error.progressState");
        }
        if (note == null || note.isBlank()) {
            throw new CustomOrderException("custom.error.note");
        }
        if (note.strip().length() > ProgressUpdate.NOTE_MAX) {
            throw new CustomOrderException("custom.error.noteLong");
        }
        ProgressUpdate update = new ProgressUpdate(shopOrderId, photo == null ? null : photo.key(),
                photo == null ? null : photo.width(), photo == null ? null : photo.height(), note.strip(),
                Instant.now());
        em.persist(update);
        notifications.notify(order.getOrder().getAccountId(), "custom.notify.progress", "/account/orders",
                order.getShop().getName());
        return update;
    }

    // ---- both ----------------------------------------------------------------------------------------------

    /**
     * Progress updates of every shop order this account may see (bought by them, or sold by their shop), by shop
     * order id, oldest first: one query for a whole orders page.
     */
    public Map<Long, List<ProgressUpdate>> progressVisibleTo(long accountId) {
        Map<Long, List<ProgressUpdate>> byOrder = new LinkedHashMap<>();
        em.createQuery("SELECT p FROM ProgressUpdate p, ShopOrder so WHERE so.id = p.shopOrderId"
                        + " AND (so.order.accountId = :account OR so.shop.owner.id = :account)"
                        + " ORDER BY p.createdAt, p.id", ProgressUpdate.class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(p -> byOrder.computeIfAbsent(p.getShopOrderId(), id -> new java.util.ArrayList<>()).add(p));
        return byOrder;
    }

    // --------------------------------------------------------------------------------------------------------

    private CustomRequest locked(long requestId) {
        CustomRequest request = em.find(CustomRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new AccessRefused("request " + requestId);
        }
        return request;
    }

    private CustomRequest ownShopRequest(long accountId, long requestId) {
        CustomRequest request = locked(requestId);
        if (request.getShop().getOwner().getId() != accountId) {
            throw new AccessRefused("request " + requestId);
        }
        return request;
    }

    /** "Made to order: " and the start of what the shopper asked for (short: titles sit in carts and orders). */
    private static String title(CustomRequest request) {
        String text = request.getDescription().replaceAll("\\s+", " ").strip();
        String prefix = "Made to order: ";
        return prefix + Excerpt.of(text, 60);
    }

    /** The category the shop lists most in (rings when it lists nothing yet). */
    private Category category(Shop shop) {
        String code = em.createQuery("SELECT l.category.code FROM Listing l WHERE l.shop.id = :shop"
                        + " AND l.reservedFor IS NULL GROUP BY l.category.code ORDER BY COUNT(l.id) DESC", String.class)
                .setParameter("shop", shop.getId()).setMaxResults(1).getResultStream().findFirst().orElse("rings");
        return em.find(Category.class, code);
    }
}
