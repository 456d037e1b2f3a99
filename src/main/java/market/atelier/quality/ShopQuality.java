package market.atelier.quality;

import java.io.Serializable;

/** What pages show of a shop's quality: its figures over the last 90 days and all time. */
public record ShopQuality(ShopFigures recent, ShopFigures allTime) implements Serializable {

    public static ShopQuality none(long shopId) {
        return new ShopQuality(ShopFigures.none(shopId, Period.D90), ShopFigures.none(shopId, Period.ALL));
    }

    public ShopFigures getRecent() {
        return recent;
    }

    public ShopFigures getAllTime() {
        return allTime;
    }
}
