package market.atelier.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import market.atelier.verification.BadgeView;

/** The JSON shapes of the read API (records, serialised by JSON-B). */
public final class ApiViews {

    private ApiViews() {
    }

    public record Price(BigDecimal amount, String currency) {
    }

    public record ShopRef(String slug, String name) {
    }

    public record Badge(String code, String name, String checkedOn, String validUntil, String history) {

        static Badge of(BadgeView view, String shopSlug) {
            return new Badge(view.code(), view.nameEn(), view.grantedAt().toString().substring(0, 10),
                    view.expiresAt().toString().substring(0, 10), "/shops/" + shopSlug + "/verification");
        }
    }

    public record Item(long id, String title, Price price, ShopRef shop, List<Badge> badges, String url) {
    }

    /** {@code totalExact} false: more matched than were counted, {@code total} is a lower bound ("10,000+"). */
    public record Listings(long total, boolean totalExact, int page, int pageCount, List<Item> items) {
    }

    public record Shop(String slug, String name, String tagline, String story, String city, String country,
            String makers, List<String> techniques, List<String> materials, int processingDays, String returnsPolicy,
            String shippingPolicy, boolean takesCustomOrders, List<Badge> badges, String url) {
    }

    public record Error(String error) {
    }
}
