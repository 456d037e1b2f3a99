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

    /** Adds pieces (or more of a piece) to the cart; the quantity is capped by the stock. Returns the new quantity. */
    public int add(Long accountId, String token, long listingId, int quantity) {
        Listing listing = em.find(Listing.class, listingId);
        if (listing == null || listing.getStatus() != ListingStatus.ACTIVE
                || listing.getShop().getStatus() != ShopStatus.LIVE || listing.getStock() == 0
                || listing.getReservedFor() != null && !listing.getReservedFor().equals(accountId)) {
            throw new OrderException("cart.error.unavailable");
        }
        if (quantity < 1) {
            throw new OrderException("cart.error.quantity");
        }
        Cart cart = cartOf(accountId, token, true).orElseThrow();
        Instant now = Instant.now();
        CartLine line = cart.getLines().stream().filter(l -> l.getListing().getId().equals(listingId)).findFirst()
                .orElse(null);
        int wanted = Math.min(Math.min(listing.getStock(), MAX_QUANTITY),
                (line == null ? 0 : line.getQuantity()) + quantity);
        if (line == null) {
            cart.getLines().add(new CartLine(cart, listing, wanted, now));
        } else {
            line.setQuantity(wanted);
        }
        cart.touch(now);
        return wanted;
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

    /** Moves a visitor's cart into the account's cart (quantities added, capped by stock), then deletes it. */
    public void merge(long accountId, String token) {
        if (token == null) {
            return;
        }
        Optional<Cart> anonymous = byToken(token);
        if (anonymous.isEmpty()) {
            return;
        }
        for (CartLine line : List.copyOf(anonymous.get().getLines())) {
            Listing listing = line.getListing();
            if (listing.getStatus() == ListingStatus.ACTIVE && listing.getStock() > 0) {
                add(accountId, null, listing.getId(), line.getQuantity());
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
                    CartView.Line.problemOf(listing.getStatus(), shop.getStatus(), listing.getStock(),
                            line.getQuantity())));
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

    /** Rows of (line, listing, shop, primary photo key) of this owner's cart, oldest first, shop owners fetched. */
    public List<Object[]> lines(Long accountId, String token) {
        if (accountId == null && token == null) {
            return List.of();
        }
        return em.createQuery("SELECT l, li, s, p.mediaKey FROM CartLine l JOIN l.listing li JOIN li.shop s"
                        + " LEFT JOIN li.photos p ON p.position = 0 WHERE "
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
