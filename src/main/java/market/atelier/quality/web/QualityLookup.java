package market.atelier.quality.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.quality.ShopQuality;

/**
 * {@code #{quality.of(shopId)}}: a shop's stored figures (last 90 days and all time) for the shop page, the artisan
 * card and the compare page, from {@link FiguresCache}. Pages that show several shops prefetch them: one query for
 * all that are not kept.
 */
@Named("quality")
@RequestScoped
public class QualityLookup {

    @Inject
    private FiguresCache figures;

    private final Map<Long, ShopQuality> byShop = new HashMap<>();

    public void prefetch(Collection<Long> shopIds) {
        List<Long> missing = shopIds.stream().distinct().filter(id -> !byShop.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            byShop.putAll(figures.get(missing));
        }
    }

    public ShopQuality of(long shopId) {
        prefetch(List.of(shopId));
        return byShop.get(shopId);
    }
}
