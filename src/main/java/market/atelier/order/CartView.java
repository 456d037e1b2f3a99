package market.atelier.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import market.atelier.catalog.ListingStatus;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/**
 * A cart as the cart page and checkout see it: lines grouped by shop, each marked available or not (sold, archived,
 * shop off sale, fewer in stock, the viewer's own shop), per-shop subtotal, shipping for the destination and the
 * making time promised, and the total of what can be bought.
 */
public record CartView(List<ShopGroup> shops, String destination) {

    /** One line of the cart as it is now. */
    public record Line(long listingId, String title, String photoKey, Money unitPrice, int quantity, int stock,
                       int processingDays, String problem) {

        public boolean isAvailable() {
            return problem == null;
        }

        public Money getLineTotal() {
            return unitPrice.times(quantity);
        }

        public long getListingId() {
            return listingId;
        }

        /** The listing id as text (key of the cart page's quantity map). */
        public String getKey() {
            return Long.toString(listingId);
        }

        public String getTitle() {
            return title;
        }

        public String getPhotoKey() {
            return photoKey;
        }

        public Money getUnitPrice() {
            return unitPrice;
        }

        public int getQuantity() {
            return quantity;
        }

        public int getStock() {
            return stock;
        }

        /** Why this line cannot be bought now (an i18n key), or null. */
        public String getProblem() {
            return problem;
        }

        /** Why a line cannot be bought ({@code own}: the piece is from the buyer's own shop), or null. */
        static String problemOf(ListingStatus status, ShopStatus shopStatus, int stock, int quantity, boolean own) {
            if (own) {
                return "cart.problem.own";
            }
            if (shopStatus != ShopStatus.LIVE) {
                return "cart.problem.shop";
            }
            if (status == ListingStatus.SOLD_OUT || status == ListingStatus.ACTIVE && stock == 0) {
                return "cart.problem.sold";
            }
            if (status != ListingStatus.ACTIVE) {
                return "cart.problem.gone";
            }
            return quantity > stock ? "cart.problem.stock" : null;
        }
    }

    /** The lines of one shop, with what that shop charges. */
    public record ShopGroup(Shop shop, List<Line> lines, Money subtotal, Money shipping) {

        public Shop getShop() {
            return shop;
        }

        public List<Line> getLines() {
            return lines;
        }

        public Money getSubtotal() {
            return subtotal;
        }

        public Money getShipping() {
            return shipping;
        }

        public Money getTotal() {
            return subtotal.plus(shipping);
        }

        public boolean isBuyable() {
            return lines.stream().anyMatch(Line::isAvailable);
        }

        /** The making time the pieces that can be bought promise together ({@link Promise}). */
        public int getProcessingDays() {
            return Promise.processingDays(lines.stream().filter(Line::isAvailable).mapToInt(Line::processingDays));
        }

        /** The day this shop's part ships by if ordered now. */
        public Instant getShipBy() {
            return Promise.shipBy(Instant.now(), getProcessingDays());
        }
    }

    public List<ShopGroup> getShops() {
        return shops;
    }

    public String getDestination() {
        return destination;
    }

    /** Pieces in the cart, available or not (the header's count). */
    public int getCount() {
        return shops.stream().mapToInt(group -> group.lines().stream().mapToInt(Line::quantity).sum()).sum();
    }

    public boolean isBuyable() {
        return shops.stream().anyMatch(ShopGroup::isBuyable);
    }

    public boolean hasProblems() {
        return shops.stream().anyMatch(group -> group.lines().stream().anyMatch(line -> !line.isAvailable()));
    }

    /** What the shopper sees of this cart when they pay: the lines that can be bought, their prices, the total. */
    public Reviewed reviewed() {
        Map<Long, Reviewed.Line> lines = new LinkedHashMap<>();
        shops.forEach(group -> group.lines().stream().filter(Line::isAvailable).forEach(line ->
                lines.put(line.listingId(), new Reviewed.Line(line.quantity(), line.unitPrice()))));
        return new Reviewed(lines, getTotal());
    }

    /** Items and shipping of everything that can be bought now. */
    public Money getTotal() {
        return shops.stream().filter(ShopGroup::isBuyable).map(ShopGroup::getTotal)
                .reduce(Money.euros(0), Money::plus);
    }
}
