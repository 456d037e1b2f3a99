package market.atelier.order;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step on a shop order's timeline (placed, shipped with tracking, delivered, cancelled, refunded). */
@Entity
@Table(name = "shop_order_event")
public class ShopOrderEvent {

    /** What happened. */
    public enum Kind {
        PLACED, SHIPPED, DELIVERED, CANCELLED, REFUNDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_event_seq")
    @SequenceGenerator(name = "order_event_seq", sequenceName = "order_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_order_id", nullable = false)
    private ShopOrder shopOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ShopOrderEvent() {
    }

    ShopOrderEvent(ShopOrder shopOrder, Kind kind, String note, Instant createdAt) {
        this.shopOrder = shopOrder;
        this.kind = kind;
        this.note = note;
        this.createdAt = createdAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
