package market.atelier.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import market.atelier.shared.Money;

/** Money paid out to a shop; an admin marks it paid, which writes the PAYOUT ledger entry. */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_seq")
    @SequenceGenerator(name = "payout_seq", sequenceName = "payout_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "shop_id", nullable = false)
    private long shopId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_by")
    private Long paidBy;

    protected Payout() {
    }

    Payout(long shopId, Money amount, long adminId, Instant now) {
        this.shopId = shopId;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency().getCurrencyCode();
        this.status = "PAID";
        this.createdAt = now;
        this.paidAt = now;
        this.paidBy = adminId;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public Money getAmount() {
        return Money.of(amountMinor, currency);
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
