package market.atelier.verification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.verification.BadgeView;

/**
 * {@code #{badges.of(shopId)}}: the valid badges beside every listing and shop. Page beans prefetch the shops
 * they show, so a page of 24 cards costs one query at most; a shop not prefetched costs one query of its own.
 * Badges already read by another page come from {@link BadgeCache} without any.
 */
@Named("badges")
@RequestScoped
public class BadgeLookup {

    @Inject
    private BadgeCache cache;

    private final Map<Long, List<BadgeView>> byShop = new HashMap<>();

    public void prefetch(Collection<Long> shopIds) {
        List<Long> missing = shopIds.stream().distinct().filter(id -> !byShop.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<Long, List<BadgeView>> found = cache.get(missing);
            missing.forEach(id -> byShop.put(id, found.getOrDefault(id, List.of())));
        }
    }

    public List<BadgeView> of(long shopId) {
        prefetch(List.of(shopId));
        return byShop.get(shopId);
    }
}
