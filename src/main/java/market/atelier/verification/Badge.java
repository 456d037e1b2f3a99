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

    /** When the artisan was told the badge expires soon; cleared when it is renewed. */
    @Column(name = "notice_sent_at")
    private Instant noticeSentAt;

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

    /**
     * A new approved application: a valid badge is renewed, a lapsed or revoked one granted again, a suspended one
     * restored; in every case it is valid for the type's months from {@code at}.
     */
    void renew(Instant at, String publicNote) {
        BadgeEventKind kind = switch (state) {
            case VALID, EXPIRED -> BadgeEventKind.RENEWED;
            case SUSPENDED -> BadgeEventKind.RESTORED;
            case REVOKED -> BadgeEventKind.GRANTED;
        };
        state = BadgeState.VALID;
        grantedAt = at;
        expiresAt = at.atOffset(ZoneOffset.UTC).plusMonths(type.getMonthsValid()).toInstant();
        noticeSentAt = null;
        record(kind, null, publicNote, at);
    }

    void suspend(ReasonCategory reason, String publicNote, Instant at) {
        require(state == BadgeState.VALID && expiresAt.isAfter(at), "verify.badge.notValid");
        state = BadgeState.SUSPENDED;
        record(BadgeEventKind.SUSPENDED, reason.name(), publicNote, at);
    }

    void restore(String publicNote, Instant at) {
        require(state == BadgeState.SUSPENDED, "verify.badge.notSuspended");
        state = BadgeState.VALID;
        record(BadgeEventKind.RESTORED, null, publicNote, at);
    }

    void revoke(ReasonCategory reason, String publicNote, Instant at) {
        require(state == BadgeState.VALID || state == BadgeState.SUSPENDED, "verify.badge.notRevocable");
        state = BadgeState.REVOKED;
        record(BadgeEventKind.REVOKED, reason.name(), publicNote, at);
    }

    /** A computed badge whose criteria still hold: valid for another term, quietly (no event). */
    public void extend(Instant at) {
        expiresAt = at.atOffset(ZoneOffset.UTC).plusMonths(type.getMonthsValid()).toInstant();
    }

    /** A computed badge given again because its criteria hold again. */
    public void regrant(Instant at, String publicNote) {
        renew(at, publicNote);
    }

    /** A computed badge whose criteria no longer hold: lost, with the public reason. */
    public void lapse(String publicNote, Instant at) {
        require(state == BadgeState.VALID, "verify.badge.notValid");
        state = BadgeState.REVOKED;
        record(BadgeEventKind.REVOKED, CRITERIA_NOT_MET, publicNote, at);
    }

    /** The public reason category of a computed badge lost to its own criteria. */
    public static final String CRITERIA_NOT_MET = "CRITERIA_NOT_MET";

    /** Called after the expiry timer has won the conditional update of this badge's state. */
    void recordExpiry(Instant at) {
        record(BadgeEventKind.EXPIRED, null, null, at);
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new VerificationException(messageKey);
        }
    }

    /** Valid now: the only badges shown as valid anywhere. */
    public boolean isValidAt(Instant at) {
        return state == BadgeState.VALID && expiresAt.isAfter(at);
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

    public Instant getNoticeSentAt() {
        return noticeSentAt;
    }

    public List<BadgeEvent> getEvents() {
        return events;
    }
}
