package market.atelier.order;

import java.util.Set;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;

/** A shop's shipping for a destination: its flat rate for the zone, or nothing above its free-shipping threshold. */
public final class Shipping {

    /** Member states of the European Union (ISO 3166 alpha-2). */
    static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private Shipping() {
    }

    public static Money cost(Shop shop, String destination, Money itemsSubtotal) {
        Money free = shop.getFreeShippingOver();
        if (free != null && itemsSubtotal.compareTo(free) >= 0) {
            return Money.zero(itemsSubtotal.currency());
        }
        if (destination.equals(shop.getCountryCode())) {
            return shop.getShipDomestic();
        }
        if (EU.contains(destination) && EU.contains(shop.getCountryCode())) {
            return shop.getShipEu();
        }
        return shop.getShipWorld();
    }
}
