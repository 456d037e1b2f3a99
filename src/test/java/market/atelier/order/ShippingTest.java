package market.atelier.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import market.atelier.account.Account;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import org.junit.jupiter.api.Test;

/** A shop's shipping profile: its flat rate by destination zone, and nothing above its free-shipping threshold. */
class ShippingTest {

    private static Shop shopIn(String country) {
        Shop shop = new Shop(new Account("a@b.c", "A", "x", Instant.now()), "Studio", "studio", Instant.now());
        shop.setCountryCode(country);
        shop.setShipping(Money.euros(450), Money.euros(1_200), Money.euros(2_500), Money.euros(15_000));
        return shop;
    }

    @Test
    void chargesTheRateOfTheDestinationZone() {
        Shop lisbon = shopIn("PT");
        assertEquals(Money.euros(450), Shipping.cost(lisbon, "PT", Money.euros(5_000)), "same country");
        assertEquals(Money.euros(1_200), Shipping.cost(lisbon, "DE", Money.euros(5_000)), "another EU country");
        assertEquals(Money.euros(2_500), Shipping.cost(lisbon, "US", Money.euros(5_000)), "rest of the world");
        Shop edinburgh = shopIn("GB");
        assertEquals(Money.euros(2_500), Shipping.cost(edinburgh, "DE", Money.euros(5_000)),
                "from outside the EU, the EU is the rest of the world");
    }

    @Test
    void shipsFreeFromTheThresholdOnAndAlwaysChargesWithoutOne() {
        Shop shop = shopIn("DE");
        assertEquals(Money.euros(1_200), Shipping.cost(shop, "AT", Money.euros(14_999)));
        assertEquals(Money.euros(0), Shipping.cost(shop, "AT", Money.euros(15_000)), "at the threshold: free");
        shop.setShipping(Money.euros(450), Money.euros(1_200), Money.euros(2_500), null);
        assertEquals(Money.euros(1_200), Shipping.cost(shop, "AT", Money.euros(99_999)), "no threshold: never free");
    }
}
