package market.atelier.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import market.atelier.shared.Money;

/** One signed movement of a shop's money; the balance is the sum of a shop's entries. Never changed once written. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seq")
    @SequenceGenerator(name = "ledger_seq", sequenceName = "ledger_seq", allocationSize = 50)
    private Long id;

    @Column(name = "shop_id", nullable = false)
    private long shopId;

    @Column(name = "shop_order_id")
    private Long shopOrderId;

    @Column(name = "payout_id")
    private Long payoutId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LedgerKind kind;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerEntry() {
    }

    LedgerEntry(long shopId, Long shopOrderId, Long payoutId, LedgerKind kind, Money signedAmount, Instant now) {
        this.shopId = shopId;
        this.shopOrderId = shopOrderId;
        this.payoutId = payoutId;
        this.kind = kind;
        this.amountMinor = signedAmount.minorUnits();
        this.currency = signedAmount.currency().getCurrencyCode();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getShopOrderId() {
        return shopOrderId;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return Money.of(amountMinor, currency);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
