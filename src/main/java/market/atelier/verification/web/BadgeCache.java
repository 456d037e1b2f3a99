package market.atelier.verification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.verification.BadgeView;
import market.atelier.verification.VerificationService;

/**
 * The valid badges of shops, kept for every page that shows them (each listing page, card and maker), the way
 * {@code FiguresCache} keeps shop figures: until any badge changes (every grant, suspension, revocation and expiry
 * fires {@link CatalogChanged}), at most a minute (another server's change is seen within it), and never past the
 * moment one of the kept badges expires. Shops not kept cost one query for all of them.
 */
@ApplicationScoped
public class BadgeCache {

    private static final long MAX_AGE_MILLIS = 60_000;
    private static final int MAX_SHOPS = 10_000;

    private record Kept(List<BadgeView> badges, long until) {
    }

    @Inject
    private VerificationService verification;

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    /** The valid badges of each of these shops (an empty list for a shop with none). */
    public Map<Long, List<BadgeView>> get(Collection<Long> shopIds) {
        long now = System.currentTimeMillis();
        Map<Long, List<BadgeView>> found = new HashMap<>();
        List<Long> missing = shopIds.stream().distinct().filter(id -> {
            Kept k = kept.get(id);
            if (k != null && now < k.until()) {
                found.put(id, k.badges());
                return false;
            }
            return true;
        }).toList();
        if (!missing.isEmpty()) {
            if (kept.size() > MAX_SHOPS) {
                kept.clear();
            }
            Map<Long, List<BadgeView>> read = verification.validBadges(missing);
            for (Long id : missing) {
                List<BadgeView> badges = List.copyOf(read.getOrDefault(id, List.of()));
                long until = badges.stream().map(BadgeView::expiresAt).map(Instant::toEpochMilli)
                        .reduce(now + MAX_AGE_MILLIS, Math::min);
                kept.put(id, new Kept(badges, until));
                found.put(id, badges);
            }
        }
        return found;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        kept.clear();
    }
}
