package market.atelier.catalog;

import market.atelier.shared.Money;

/** The cheapest and dearest public piece of a shop, and how many public pieces it has. */
public record PriceRange(Money lowest, Money highest, long pieces) {

    public Money getLowest() {
        return lowest;
    }

    public Money getHighest() {
        return highest;
    }

    public long getPieces() {
        return pieces;
    }
}
