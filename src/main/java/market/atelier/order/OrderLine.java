package market.atelier.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import market.atelier.shared.Money;

/** A piece as it was bought: its title and price at the time, and how many. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_order_id", nullable = false)
    private ShopOrder shopOrder;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Column(nullable = false)
    private int quantity;

    protected OrderLine() {
    }

    OrderLine(ShopOrder shopOrder, long listingId, String title, Money unitPrice, int quantity) {
        this.shopOrder = shopOrder;
        this.listingId = listingId;
        this.title = title;
        this.unitPriceMinor = unitPrice.minorUnits();
        this.quantity = quantity;
    }

    public Long getId() {
        return id;
    }

    public ShopOrder getShopOrder() {
        return shopOrder;
    }

    public long getListingId() {
        return listingId;
    }

    public String getTitle() {
        return title;
    }

    public Money getUnitPrice() {
        return Money.of(unitPriceMinor, shopOrder.getCurrency());
    }

    public int getQuantity() {
        return quantity;
    }
}
