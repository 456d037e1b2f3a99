package market.atelier.order;

import java.io.Serializable;
import java.util.Map;
import market.atelier.shared.Money;

/**
 * What the shopper saw on the checkout page when they pressed Pay: per piece (listing id) the quantity and unit
 * price shown, and the total shown (items and shipping). Checkout charges exactly this or refuses and says what it
 * costs now; {@link CartView#reviewed()} makes one from the page's cart.
 */
public record Reviewed(Map<Long, Line> lines, Money total) implements Serializable {

    public Reviewed {
        lines = Map.copyOf(lines);
    }

    /** One piece as reviewed. */
    public record Line(int quantity, Money unitPrice) implements Serializable {
    }
}
