package market.atelier.shop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.ListingCard;
import market.atelier.catalog.PriceRange;
import market.atelier.quality.web.FiguresCache;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.verification.BadgeView;
import market.atelier.verification.VerificationService;
import market.atelier.verification.web.BadgeLookup;
import org.omnifaces.cdi.Param;

/**
 * {@code /compare?shops=a,b[,c,d]}: two to four live shops side by side. Reads the shops, their badges, when each
 * badge was first granted, price ranges and three sample pieces each: six queries, whatever the shops. Figures that
 * need orders, reviews or messages (rating, sales, on-time shipping, response time, returns) come with the checkout
 * and reviews work; until then the page says "no data yet" rather than show a number.
 */
@Named("comparison")
@RequestScoped
public class CompareBacking {

    public static final int MAX_SHOPS = 4;
    static final int SAMPLES = 3;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    /** One shop's column. */
    public record Column(Shop shop, List<BadgeView> badges, Map<String, Instant> since, PriceRange prices,
                         List<ListingCard> samples) {

        public Shop getShop() {
            return shop;
        }

        public List<BadgeView> getBadges() {
            return badges;
        }

        public Instant since(String badgeCode) {
            return since.get(badgeCode);
        }

        public PriceRange getPrices() {
            return prices;
        }

        public List<ListingCard> getSamples() {
            return samples;
        }
    }

    @Inject
    @Param(name = "shops")
    private String shopsParameter;

    @Inject
    private ShopService shops;

    @Inject
    private CatalogService catalog;

    @Inject
    private VerificationService verification;

    @Inject
    private BadgeLookup badges;

    @Inject
    private FiguresCache quality;

    private List<Column> columns = List.of();
    private List<String> unknown = List.of();
    private boolean tooMany;

    /** View action: read the shops named in the address, in the order given. */
    public void load() {
        Set<String> requested = shopsParameter == null ? Set.of() : Arrays.stream(shopsParameter.split(","))
                .map(String::trim).map(String::toLowerCase).filter(s -> !s.isEmpty()).limit(20)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> slugs = requested.stream().limit(MAX_SHOPS).toList();
        tooMany = requested.size() > MAX_SHOPS;
        List<String> valid = slugs.stream().filter(slug -> SLUG.matcher(slug).matches()).toList();
        Map<String, Shop> found = shops.publicShops(valid).stream()
                .collect(Collectors.toMap(Shop::getSlug, shop -> shop));
        unknown = slugs.stream().filter(slug -> !found.containsKey(slug))
                .map(slug -> slug.length() > 40 ? slug.substring(0, 40) + "…" : slug).toList();
        List<Shop> ordered = slugs.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
        if (ordered.isEmpty()) {
            return;
        }
        List<Long> ids = ordered.stream().map(Shop::getId).toList();
        badges.prefetch(ids);
        quality.prefetch(ids);
        Map<Long, Map<String, Instant>> since = verification.firstGranted(ids);
        Map<Long, PriceRange> prices = catalog.priceRanges(ids);
        Map<Long, List<ListingCard>> samples = catalog.newestOfShops(ids, SAMPLES).stream()
                .collect(Collectors.groupingBy(ListingCard::getShopId));
        List<Column> built = new ArrayList<>();
        for (Shop shop : ordered) {
            built.add(new Column(shop, badges.of(shop.getId()), since.getOrDefault(shop.getId(), Map.of()),
                    prices.get(shop.getId()), samples.getOrDefault(shop.getId(), List.of())));
        }
        columns = built;
    }

    public List<Column> getColumns() {
        return columns;
    }

    /** Shops in the address that are not (or no longer) on Atelier. */
    public List<String> getUnknown() {
        return unknown;
    }

    public boolean isTooMany() {
        return tooMany;
    }

    /** This comparison without one shop. */
    public String without(String slug) {
        String others = columns.stream().map(c -> c.shop().getSlug()).filter(s -> !s.equals(slug))
                .collect(Collectors.joining(","));
        return others.isEmpty() ? "/compare" : "/compare?shops=" + others;
    }
}
