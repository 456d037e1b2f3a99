package market.atelier.verification;

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
import market.atelier.account.Account;
import market.atelier.catalog.Listing;
import market.atelier.shop.Shop;

/** A shopper's report about a shop or one of its pieces. Only verifiers see it; the reporter is never public. */
@Entity
@Table(name = "verification_report")
public class Report {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "reporter_id", nullable = false)
    private Account reporter;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "listing_id")
    private Listing listing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportCategory category;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by")
    private Account closedBy;

    protected Report() {
    }

    Report(Account reporter, Shop shop, Listing listing, ReportCategory category, String text, Instant createdAt) {
        this.reporter = reporter;
        this.shop = shop;
        this.listing = listing;
        this.category = category;
        this.text = text;
        this.createdAt = createdAt;
    }

    void close(Account verifier, Instant at) {
        closedBy = verifier;
        closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Account getReporter() {
        return reporter;
    }

    public Shop getShop() {
        return shop;
    }

    public Listing getListing() {
        return listing;
    }

    public ReportCategory getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
