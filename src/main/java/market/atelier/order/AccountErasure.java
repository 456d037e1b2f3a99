package market.atelier.order;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import market.atelier.account.Account;
import market.atelier.account.AccountDeleting;
import market.atelier.account.AccountException;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/**
 * What an account's deletion does to orders, carts, saved addresses and the person's shop (inside the deleting
 * transaction). Refuses while a purchase of the person's is still to be shipped (the maker needs the address), and
 * while their shop has orders not yet delivered or money not yet paid out. Otherwise: the shipping addresses of their
 * orders are replaced (shops keep their orders and accounting, not the person); cart and saved addresses go; pieces
 * made to order for them are withdrawn; their shop is closed and its pieces withdrawn from sale, announced to search
 * the way {@code ListingService} does.
 */
@ApplicationScoped
public class AccountErasure {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LedgerService ledger;

    @Inject
    private Event<CatalogChanged> changed;

    void refuseWhileUnderway(@Observes @Priority(100) AccountDeleting deleting) {
        long account = deleting.accountId();
        if (count("SELECT COUNT(*) FROM shop_order so JOIN customer_order o ON o.id = so.order_id"
                + " WHERE o.account_id = ?1 AND so.status = 'NEW'", account) > 0) {
            throw new AccountException("account.delete.purchasesUnderway");
        }
        for (Shop shop : shops(account)) {
            // shipped but not delivered: a lost or damaged parcel still needs the maker
            if (count("SELECT COUNT(*) FROM shop_order WHERE shop_id = ?1 AND status IN ('NEW', 'SHIPPED')",
                    shop.getId()) > 0) {
                throw new AccountException("account.delete.shopOrdersOpen");
            }
            if (ledger.balance(shop.getId()).minorUnits() > 0) {
                throw new AccountException("account.delete.payoutPending");
            }
        }
    }

    void erase(@Observes @Priority(200) AccountDeleting deleting) {
        long account = deleting.accountId();
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE customer_order SET ship_name = ?1, ship_line1 = ?2, ship_line2 = NULL,"
                        + " ship_postcode = ?2, ship_city = ?2 WHERE account_id = ?3")
                .setParameter(1, Account.DELETED_NAME).setParameter(2, Address.REMOVED).setParameter(3, account)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM cart_line WHERE cart_id IN (SELECT id FROM cart WHERE account_id = ?1)")
                .setParameter(1, account).executeUpdate();
        em.createNativeQuery("DELETE FROM cart WHERE account_id = ?1").setParameter(1, account).executeUpdate();
        em.createQuery("DELETE FROM SavedAddress a WHERE a.accountId = :account").setParameter("account", account)
                .executeUpdate();
        withdraw(em.createNativeQuery("SELECT id FROM listing WHERE reserved_for = ?1 AND status IN ('ACTIVE', 'DRAFT')")
                .setParameter(1, account).getResultList(), now);
        for (Shop shop : shops(account)) {
            withdraw(em.createNativeQuery("SELECT id FROM listing WHERE shop_id = ?1 AND status IN ('ACTIVE', 'SOLD_OUT')")
                    .setParameter(1, shop.getId()).getResultList(), now);
            shop.setStatus(ShopStatus.CLOSED);
            changed.fire(CatalogChanged.shop(shop.getId()));
        }
    }

    /** Takes these pieces off sale (archived, as an artisan would) and tells search about each. */
    private void withdraw(List<?> ids, Instant now) {
        for (Object id : ids) {
            long listingId = ((Number) id).longValue();
            em.createNativeQuery("UPDATE listing SET status = 'ARCHIVED', version = version + 1, updated_at = ?1"
                    + " WHERE id = ?2").setParameter(1, Timestamp.from(now)).setParameter(2, listingId).executeUpdate();
            changed.fire(CatalogChanged.listing(listingId));
        }
    }

    private List<Shop> shops(long accountId) {
        return em.createQuery("SELECT s FROM Shop s WHERE s.owner.id = :account", Shop.class)
                .setParameter("account", accountId).getResultList();
    }

    private long count(String sql, long parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
