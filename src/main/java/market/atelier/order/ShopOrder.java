package market.atelier.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import market.atelier.shop.Shop;

/**
 * One shop's part of an order: its lines, shipping, status and the commission recorded at the time of sale. The
 * transitions are here; who may call them is checked by {@link OrderService}.
 */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_order_seq")
    @SequenceGenerator(name = "shop_order_seq", sequenceName = "shop_order_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", nullable = false)
    private CustomerOrder order;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShopOrderStatus status = ShopOrderStatus.NEW;

    @Column(name = "subtotal_minor", nullable = false)
    private long subtotalMinor;

    @Column(name = "shipping_minor", nullable = false)
    private long shippingMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "commission_bp", nullable = false)
    private int commissionBp;

    @Column(name = "commission_minor", nullable = false)
    private long commissionMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "processing_days", nullable = false)
    private int processingDays;

    @Column(length = 60)
    private String carrier;

    @Column(name = "tracking_number", length = 60)
    private String trackingNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "cancelled_by_shopper", nullable = false)
    private boolean cancelledByShopper;

    /** The category of the last refund ({@link RefundReason}); NOT_AS_DESCRIBED counts in the public return rate. */
    @Column(name = "refund_reason", length = 30)
    private String refundReason;

    @OneToMany(mappedBy = "shopOrder", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "shopOrder", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<ShopOrderEvent> events = new ArrayList<>();

    protected ShopOrder() {
    }

    /** A shop order promising {@code processingDays} (see {@link Promise}). */
    ShopOrder(CustomerOrder order, Shop shop, Money shipping, int commissionBp, int processingDays, Instant now) {
        this.order = order;
        this.shop = shop;
        this.shippingMinor = shipping.minorUnits();
        this.currency = shipping.currency().getCurrencyCode();
        this.commissionBp = commissionBp;
        this.processingDays = processingDays;
        this.createdAt = now;
        events.add(new ShopOrderEvent(this, ShopOrderEvent.Kind.PLACED, null, now));
    }

    void attach(CustomerOrder order) {
        this.order = order;
    }

    void addLine(long listingId, String title, Money unitPrice, int quantity) {
        lines.add(new OrderLine(this, listingId, title, unitPrice, quantity));
        subtotalMinor += unitPrice.times(quantity).minorUnits();
        commissionMinor = getSubtotal().percent(commissionBp).minorUnits();
    }

    void ship(String carrier, String trackingNumber, Instant now) {
        require(status == ShopOrderStatus.NEW, "orders.error.notNew");
        this.status = ShopOrderStatus.SHIPPED;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippedAt = now;
        events.add(new ShopOrderEvent(this, ShopOrderEvent.Kind.SHIPPED, carrier + " " + trackingNumber, now));
    }

    void deliver(Instant now) {
        require(status == ShopOrderStatus.SHIPPED, "orders.error.notShipped");
        this.status = ShopOrderStatus.DELIVERED;
        this.deliveredAt = now;
        events.add(new ShopOrderEvent(this, ShopOrderEvent.Kind.DELIVERED, null, now));
    }

    void cancelByShopper(Instant now) {
        cancel("cancelled by the shopper", now);
        this.cancelledByShopper = true;
    }

    void cancel(String reason, Instant now) {
        require(status == ShopOrderStatus.NEW, "orders.error.notNew");
        this.status = ShopOrderStatus.CANCELLED;
        this.cancelledAt = now;
        this.cancelReason = reason;
        events.add(new ShopOrderEvent(this, ShopOrderEvent.Kind.CANCELLED, reason, now));
    }

    /** Records a refund of {@code amount}; returns the commission share given back to the shop. */
    Money refund(Money amount, RefundReason category, String reason, Instant now) {
        require(amount.minorUnits() > 0 && amount.compareTo(getRefundable()) <= 0, "orders.error.refundAmount");
        if (category != null) {
            this.refundReason = category.name();
        }
        long before = commissionBackFor(refundedMinor);
        refundedMinor += amount.minorUnits();
        events.add(new ShopOrderEvent(this, ShopOrderEvent.Kind.REFUNDED,
                amount.amount().toPlainString() + " " + currency + (reason == null ? "" : " — " + reason), now));
        return Money.of(commissionBackFor(refundedMinor) - before, currency);
    }

    /** The commission given back when {@code refunded} of the total has been refunded: its pro-rata share. */
    private long commissionBackFor(long refunded) {
        long total = subtotalMinor + shippingMinor;
        return total == 0 ? 0 : Math.floorDiv(commissionMinor * refunded + total / 2, total);
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new OrderException(messageKey);
        }
    }

    /** When this shop order must have shipped by ({@link Promise#shipBy}). */
    public Instant getShipBy() {
        return Promise.shipBy(createdAt, processingDays);
    }

    public boolean isCancelledByShopper() {
        return cancelledByShopper;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public Long getId() {
        return id;
    }

    /** The number shopper and maker quote ("1042-2"), see {@link OrderNumber}. */
    public String getNumber() {
        return OrderNumber.of(this);
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public Shop getShop() {
        return shop;
    }

    public ShopOrderStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public Money getSubtotal() {
        return Money.of(subtotalMinor, currency);
    }

    public Money getShipping() {
        return Money.of(shippingMinor, currency);
    }

    public Money getTotal() {
        return Money.of(subtotalMinor + shippingMinor, currency);
    }

    public Money getCommission() {
        return Money.of(commissionMinor, currency);
    }

    public int getCommissionBp() {
        return commissionBp;
    }

    public Money getRefunded() {
        return Money.of(refundedMinor, currency);
    }

    public Money getRefundable() {
        return Money.of(subtotalMinor + shippingMinor - refundedMinor, currency);
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public List<ShopOrderEvent> getEvents() {
        return events;
    }
}
