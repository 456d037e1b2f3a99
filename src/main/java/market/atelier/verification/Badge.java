package market.atelier.verification;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import market.atelier.shop.Shop;

/** A badge a shop holds, and every dated change to it (its public history). One per shop and badge type. */
@Entity
@Table(name = "badge")
public class Badge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_seq")
    @SequenceGenerator(name = "badge_seq", sequenceName = "badge_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "badge_code", nullable = false)
    private BadgeType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BadgeState state;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @OneToMany(mappedBy = "badge", cascade = CascadeType.ALL)
    @OrderBy("occurredAt")
    private List<BadgeEvent> events = new ArrayList<>();

    protected Badge() {
    }

    /** A newly granted badge, valid for the type's months from {@code at}. */
    public static Badge grant(Shop shop, BadgeType type, Instant at, String publicNote) {
        Badge badge = new Badge();
        badge.shop = shop;
        badge.type = type;
        badge.state = BadgeState.VALID;
        badge.grantedAt = at;
        badge.expiresAt = at.atOffset(ZoneOffset.UTC).plusMonths(type.getMonthsValid()).toInstant();
        badge.record(BadgeEventKind.GRANTED, null, publicNote, at);
        return badge;
    }

    void record(BadgeEventKind kind, String reasonCategory, String publicNote, Instant at) {
        events.add(new BadgeEvent(this, kind, reasonCategory, publicNote, at));
    }

    public Long getId() {
        return id;
    }

    public Shop getShop() {
        return shop;
    }

    public BadgeType getType() {
        return type;
    }

    public BadgeState getState() {
        return state;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public List<BadgeEvent> getEvents() {
        return events;
    }
}
