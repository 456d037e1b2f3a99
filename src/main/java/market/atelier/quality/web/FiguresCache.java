package market.atelier.quality.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.quality.ShopFiguresService;
import market.atelier.quality.ShopQuality;

/**
 * {@code #{quality.of(shopId)}}: a shop's stored figures (last 90 days and all time) for the shop page, the artisan
 * card and the compare page, kept until something a page shows changes (every recomputation fires
 * {@link CatalogChanged}) and at most a minute (another server's recomputation is seen within it). The listing page
 * shows its shop's figures on every view; they change a few times a day. Pages that show several shops prefetch
 * them: one query for all that are not kept.
 */
@Named("quality")
@ApplicationScoped
public class FiguresCache {

    private static final long MAX_AGE_MILLIS = 60_000;
    private static final int MAX_SHOPS = 10_000;

    private record Kept(ShopQuality quality, long at) {
    }

    @Inject
    private ShopFiguresService figures;

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    public Map<Long, ShopQuality> get(Collection<Long> shopIds) {
        long now = System.currentTimeMillis();
        Map<Long, ShopQuality> found = new HashMap<>();
        List<Long> missing = shopIds.stream().distinct().filter(id -> {
            Kept k = kept.get(id);
            if (k != null && now - k.at() <= MAX_AGE_MILLIS) {
                found.put(id, k.quality());
                return false;
            }
            return true;
        }).toList();
        if (!missing.isEmpty()) {
            if (kept.size() > MAX_SHOPS) {
                kept.clear();
            }
            figures.quality(missing).forEach((id, quality) -> {
                kept.put(id, new Kept(quality, now));
                found.put(id, quality);
            });
        }
        return found;
    }

    public void prefetch(Collection<Long> shopIds) {
        get(shopIds);
    }

    public ShopQuality of(long shopId) {
        return get(List.of(shopId)).get(shopId);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        kept.clear();
    }
}
