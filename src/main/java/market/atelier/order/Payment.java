package market.atelier.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import market.atelier.shared.Money;

/** A successful charge for one checkout: amount, the card's last four digits, the provider's reference. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 64)
    private String idempotencyKey;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "card_last4", nullable = false, length = 4)
    private String cardLast4;

    @Column(name = "provider_ref", nullable = false, length = 64)
    private String providerRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Payment() {
    }

    Payment(String idempotencyKey, long accountId, Money amount, PaymentGateway.Charge charge, Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.accountId = accountId;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency().getCurrencyCode();
        this.cardLast4 = charge.last4();
        this.providerRef = charge.reference();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Money getAmount() {
        return Money.of(amountMinor, currency);
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public String getProviderRef() {
        return providerRef;
    }
}
