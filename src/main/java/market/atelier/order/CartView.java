package market.atelier.order;

import java.util.List;
import market.atelier.catalog.ListingStatus;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/**
 * A cart as the cart page and checkout see it: lines grouped by shop, each marked available or not (sold, archived,
 * shop off sale, fewer in stock), per-shop subtotal and shipping for the destination, and the total of what can be
 * bought.
 */
public record CartView(List<ShopGroup> shops, String destination) {

    /** One line of the cart as it is now. */
    public record Line(long listingId, String title, String photoKey, Money unitPrice, int quantity, int stock,
                       String problem) {

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

        static String problemOf(ListingStatus status, ShopStatus shopStatus, int stock, int quantity) {
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

    /** Items and shipping of everything that can be bought now. */
    public Money getTotal() {
        return shops.stream().filter(ShopGroup::isBuyable).map(ShopGroup::getTotal)
                .reduce(Money.euros(0), Money::plus);
    }
}
