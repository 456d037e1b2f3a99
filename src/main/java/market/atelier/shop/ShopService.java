package market.atelier.shop;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Shops as the public sees them, and (with the accounts issue) as their owners change them. */
@Stateless
public class ShopService {

    @PersistenceContext
    private EntityManager em;

    /** A live shop by its slug, or empty (pending and suspended shops are not public). */
    public Optional<Shop> publicShop(String slug) {
        if (slug == null || slug.length() > 80) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Shop s WHERE s.slug = :slug AND s.status = :live", Shop.class)
                .setParameter("slug", slug)
                .setParameter("live", ShopStatus.LIVE)
                .getResultStream().findFirst();
    }
}
