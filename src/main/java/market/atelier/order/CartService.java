package market.atelier.order;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/**
 * Carts of signed-in shoppers (by account id) and of visitors (by the random token in their cart cookie). A cart is
 * only ever found by its owner's account id or token, never by an id from a request. A visitor's cart joins the
 * account's cart when they sign in.
 */
@Stateless
@PermitAll
public class CartService {

    public static final int MAX_QUANTITY = 99;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    /** A new visitor cart token: 32 random bytes, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Adds pieces (or more of a piece) to the cart; the quantity is capped by the stock. Returns the new quantity.
     * Refused: a quantity outside 1 to {@link #MAX_QUANTITY}, a piece not for sale, reserved for someone else, or
     * from the signed-in shopper's own shop.
     */
    public int add(Long accountId, String token, long listingId, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new OrderException("cart.error.quantity");
        }
        Listing listing = em.find(Listing.class, listingId);
        if (listing == null || listing.getStatus() != ListingStatus.ACTIVE
                || listing.getShop().getStatus() != ShopStatus.LIVE || listing.getStock() == 0
                || !reservedForOrNobody(listing, accountId)) {
            throw new OrderException("cart.error.unavailable");
        }
        if (isOwn(listing, accountId)) {
            throw new OrderException("cart.error.own");
        }
        Cart cart = cartOf(accountId, token, true).orElseThrow();
        return put(cart, listing, quantity);
    }

    /** Adds to a line of the cart (or a new line): at most {@link #MAX_QUANTITY}, and the stock while there is any. */
    private int put(Cart cart, Listing listing, int quantity) {
        CartLine line = cart.getLines().stream().filter(l -> l.getListing().getId().equals(listing.getId()))
                .findFirst().orElse(null);
        int wanted = Math.min(MAX_QUANTITY, (line == null ? 0 : line.getQuantity()) + quantity);
        if (listing.getStock() > 0) {
            wanted = Math.min(wanted, listing.getStock());
        }
        Instant now = Instant.now();
        if (line == null) {
            cart.getLines().add(new CartLine(cart, listing, wanted, now));
        } else {
            line.setQuantity(wanted);
        }
        cart.touch(now);
        return wanted;
    }

    private static boolean reservedForOrNobody(Listing listing, Long accountId) {
        return listing.getReservedFor() == null || listing.getReservedFor().equals(accountId);
    }

    private static boolean isOwn(Listing listing, Long accountId) {
        return accountId != null && accountId.equals(listing.getShop().getOwner().getId());
    }

    /** Sets a line's quantity (capped by stock); zero removes it. */
    public void setQuantity(Long accountId, String token, long listingId, int quantity) {
        cartOf(accountId, token, false).ifPresent(cart -> {
            cart.getLines().stream().filter(l -> l.getListing().getId().equals(listingId)).findFirst()
                    .ifPresent(line -> {
                        if (quantity <= 0) {
                            cart.getLines().remove(line);
                        } else {
                            line.setQuantity(Math.min(Math.max(1, Math.min(line.getListing().getStock(),
                                    MAX_QUANTITY)), quantity));
                        }
                    });
            cart.touch(Instant.now());
        });
    }

    public void remove(Long accountId, String token, long listingId) {
        setQuantity(accountId, token, listingId, 0);
    }

    /**
     * Moves a visitor's cart into the account's cart (quantities added, capped by stock), then deletes it. Never
     * refuses: a line that cannot be bought now (sold, off sale, its shop suspended, the shopper's own piece) moves
     * along and the cart says why it is left out; a piece reserved for someone else is dropped.
     */
    public void merge(long accountId, String token) {
        if (token == null) {
            return;
        }
        Optional<Cart> anonymous = byToken(token);
        if (anonymous.isEmpty()) {
            return;
        }
        Cart cart = cartOf(accountId, null, true).orElseThrow();
        for (CartLine line : List.copyOf(anonymous.get().getLines())) {
            if (reservedForOrNobody(line.getListing(), accountId)) {
                put(cart, line.getListing(), line.getQuantity());
            }
        }
        em.remove(anonymous.get());
    }

    /** The cart as it is now, for a destination country (shipping depends on it). One query for lines and shops. */
    public CartView view(Long accountId, String token, String destination) {
        Map<Long, List<CartView.Line>> byShop = new LinkedHashMap<>();
        Map<Long, Shop> shops = new LinkedHashMap<>();
        for (Object[] row : lines(accountId, token)) {
            CartLine line = (CartLine) row[0];
            Listing listing = (Listing) row[1];
            Shop shop = (Shop) row[2];
            shops.putIfAbsent(shop.getId(), shop);
            byShop.computeIfAbsent(shop.getId(), id -> new ArrayList<>()).add(new CartView.Line(listing.getId(),
                    listing.getTitle(), (String) row[3], listing.getPrice(), line.getQuantity(), listing.getStock(),
                    listing.getProcessingDays(), problemOf(row, accountId)));
        }
        List<CartView.ShopGroup> groups = new ArrayList<>();
        byShop.forEach((shopId, lines) -> {
            Shop shop = shops.get(shopId);
            Money subtotal = lines.stream().filter(CartView.Line::isAvailable).map(CartView.Line::getLineTotal)
                    .reduce(Money.euros(0), Money::plus);
            Money shipping = subtotal.minorUnits() == 0 ? Money.euros(0) : Shipping.cost(shop, destination, subtotal);
            groups.add(new CartView.ShopGroup(shop, lines, subtotal, shipping));
        });
        return new CartView(groups, destination);
    }

    /** Why a row of {@link #lines} cannot be bought by this account now (an i18n key), or null. */
    static String problemOf(Object[] row, Long accountId) {
        Listing listing = (Listing) row[1];
        return CartView.Line.problemOf(listing.getStatus(), ((Shop) row[2]).getStatus(), listing.getStock(),
                ((CartLine) row[0]).getQuantity(), accountId != null && accountId.equals(row[4]));
    }

    /** How many pieces are in the cart (the header's count), one query. */
    public long count(Long accountId, String token) {
        if (accountId == null && token == null) {
            return 0;
        }
        Long count = em.createQuery("SELECT SUM(l.quantity) FROM CartLine l WHERE "
                        + (accountId != null ? "l.cart.accountId = :owner" : "l.cart.token = :owner"), Long.class)
                .setParameter("owner", accountId != null ? accountId : token)
                .getSingleResult();
        return count == null ? 0 : count;
    }

    /** Rows of (line, listing, shop, primary photo key, shop owner's id) of this owner's cart, oldest first. */
    public List<Object[]> lines(Long accountId, String token) {
        if (accountId == null && token == null) {
            return List.of();
        }
        return em.createQuery("SELECT l, li, s, p.mediaKey, s.owner.id FROM CartLine l JOIN l.listing li"
                        + " JOIN li.shop s LEFT JOIN li.photos p ON p.position = 0 WHERE "
                        + (accountId != null ? "l.cart.accountId = :owner" : "l.cart.token = :owner")
                        + " ORDER BY s.name, l.addedAt", Object[].class)
                .setParameter("owner", accountId != null ? accountId : token)
                .getResultList();
    }

    private Optional<Cart> byToken(String token) {
        return em.createQuery("SELECT c FROM Cart c WHERE c.token = :token", Cart.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /** The owner's cart; created when {@code create} (a visitor without a token gets none: the page makes one). */
    private Optional<Cart> cartOf(Long accountId, String token, boolean create) {
        if (accountId != null) {
            Optional<Cart> cart = em.createQuery("SELECT c FROM Cart c WHERE c.accountId = :account", Cart.class)
                    .setParameter("account", accountId).getResultStream().findFirst();
            if (cart.isEmpty() && create) {
                Cart created = Cart.ofAccount(accountId, Instant.now());
                em.persist(created);
                return Optional.of(created);
            }
            return cart;
        }
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        Optional<Cart> cart = byToken(token);
        if (cart.isEmpty() && create) {
            Cart created = Cart.anonymous(token, Instant.now());
            em.persist(created);
            return Optional.of(created);
        }
        return cart;
    }
}
