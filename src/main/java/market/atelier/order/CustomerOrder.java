package market.atelier.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import market.atelier.shared.Money;

/** What a shopper bought in one checkout: one shop order per shop, one payment, one shipping address. */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "idempotency_key", nullable = false, length = 64)
    private String idempotencyKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id", nullable = false)
    private Payment payment;

    @Embedded
    private Address address;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ShopOrder> shopOrders = new ArrayList<>();

    protected CustomerOrder() {
    }

    CustomerOrder(long accountId, String idempotencyKey, Payment payment, Address address, Money total, Instant now) {
        this.accountId = accountId;
        this.idempotencyKey = idempotencyKey;
        this.payment = payment;
        this.address = address;
        this.totalMinor = total.minorUnits();
        this.currency = total.currency().getCurrencyCode();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Payment getPayment() {
        return payment;
    }

    public Address getAddress() {
        return address;
    }

    public Money getTotal() {
        return Money.of(totalMinor, currency);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ShopOrder> getShopOrders() {
        return shopOrders;
    }
}
