package market.atelier.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.AuditLog;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;

/** Each shop's money: entries and balance for its artisan, payouts for admins. The balance is the entries' sum. */
@Stateless
@RolesAllowed("SHOPPER")
public class LedgerService {

    /** A shop with what it is owed. */
    public record Due(long shopId, String shopName, Money balance) {

        public long getShopId() {
            return shopId;
        }

        public String getShopName() {
            return shopName;
        }

        public Money getBalance() {
            return balance;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private AuditLog audit;

    /** The balance of a shop: the sum of its ledger entries. */
    public Money balance(long shopId) {
        Long sum = em.createQuery("SELECT SUM(e.amountMinor) FROM LedgerEntry e WHERE e.shopId = :shop", Long.class)
                .setParameter("shop", shopId).getSingleResult();
        return Money.euros(sum == null ? 0 : sum);
    }

    /** The artisan's own shop's entries, newest first. */
    public List<LedgerEntry> entries(long accountId) {
        return em.createQuery("SELECT e FROM LedgerEntry e, Shop s WHERE e.shopId = s.id AND s.owner.id = :account"
                        + " ORDER BY e.createdAt DESC, e.id DESC", LedgerEntry.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** The artisan's own shop's balance. */
    public Money ownBalance(long accountId) {
        Shop shop = em.createNamedQuery(Shop.BY_OWNER, Shop.class).setParameter("ownerId", accountId)
                .getResultStream().findFirst().orElseThrow(() -> new AccessRefused("no shop"));
        return balance(shop.getId());
    }

    /** Shops that are owed money, largest balance first (admins). */
    @RolesAllowed("ADMIN")
    public List<Due> due() {
        return em.createQuery("SELECT s.id, s.name, SUM(e.amountMinor) FROM LedgerEntry e, Shop s"
                        + " WHERE e.shopId = s.id GROUP BY s.id, s.name HAVING SUM(e.amountMinor) > 0"
                        + " ORDER BY SUM(e.amountMinor) DESC", Object[].class)
                .getResultList().stream()
                .map(row -> new Due((Long) row[0], (String) row[1], Money.euros(((Number) row[2]).longValue())))
                .toList();
    }

    /** An admin records that the shop's whole balance was paid out (the shop row is locked meanwhile). */
    @RolesAllowed("ADMIN")
    public Payout markPaid(long adminId, long shopId) {
        Shop shop = em.find(Shop.class, shopId, LockModeType.PESSIMISTIC_WRITE);
        if (shop == null) {
            throw new AccessRefused("shop " + shopId);
        }
        Money balance = balance(shopId);
        if (balance.minorUnits() <= 0) {
            throw new OrderException("payouts.error.nothing");
        }
        Instant now = Instant.now();
        Payout payout = new Payout(shopId, balance, adminId, now);
        em.persist(payout);
        em.flush();
        em.persist(new LedgerEntry(shopId, null, payout.getId(), LedgerKind.PAYOUT, Money.zero(balance.currency())
                .minus(balance), now));
        audit.record(adminId, "payout.paid", "shop", shopId, "balance " + balance.format(java.util.Locale.ENGLISH),
                "balance 0, payout " + payout.getId(), null);
        return payout;
    }

    /**
     * As {@link #markPaid(long, long)}, but only if the balance is still {@code expected}, the amount the admin saw
     * and transferred: a sale or refund that came in meanwhile makes it a refusal instead of a different payout.
     */
    @RolesAllowed("ADMIN")
    public Payout markPaid(long adminId, long shopId, Money expected) {
        Shop shop = em.find(Shop.class, shopId, LockModeType.PESSIMISTIC_WRITE);
        if (shop != null && !balance(shopId).equals(expected)) {
            throw new OrderException("payouts.error.changed");
        }
        return markPaid(adminId, shopId);
    }

    /** The commission rate an admin set, which new orders record, in basis points (10 % = 1,000). */
    public int commission() {
        Object value = em.createNativeQuery("SELECT setting_value FROM platform_setting"
                + " WHERE setting_name = 'commission_bp'").getSingleResult();
        return Integer.parseInt(value.toString().strip());
    }

    /** The commission rate new orders record, in basis points (admins). */
    @RolesAllowed("ADMIN")
    public void setCommission(int basisPoints) {
        setCommission(null, basisPoints);
    }

    /** As {@link #setCommission(int)}, recorded in the audit log as {@code adminId}'s (null: the caller's). */
    @RolesAllowed("ADMIN")
    public void setCommission(Long adminId, int basisPoints) {
        if (basisPoints < 0 || basisPoints > 5_000) {
            throw new OrderException("payouts.error.commission");
        }
        int before = commission();
        if (before == basisPoints) {
            return;
        }
        audit.record(adminId, "commission.set", "setting", "commission_bp", percent(before), percent(basisPoints),
                null);
        em.createNativeQuery("UPDATE platform_setting SET setting_value = ?1 WHERE setting_name = 'commission_bp'")
                .setParameter(1, Integer.toString(basisPoints)).executeUpdate();
    }

    private static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }
}
