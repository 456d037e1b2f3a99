package market.atelier.custom;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;

/**
 * A shopper's request for a piece made for them, and the artisan's answer. The transitions are here; who may make
 * them is checked by {@link CustomOrderService}.
 */
@Entity
@Table(name = "custom_request")
public class CustomRequest {

    public static final int DESCRIPTION_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int MAX_PHOTOS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_request_seq")
    @SequenceGenerator(name = "custom_request_seq", sequenceName = "custom_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "budget_minor", nullable = false)
    private long budgetMinor;

    @Column(name = "budget_currency", nullable = false, length = 3)
    private String budgetCurrency;

    @Column(name = "wished_date")
    private LocalDate wishedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomRequestStatus status = CustomRequestStatus.REQUESTED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "quote_minor")
    private Long quoteMinor;

    @Column(name = "quote_currency", length = 3)
    private String quoteCurrency;

    @Column(name = "quote_days")
    private Integer quoteDays;

    @Column(name = "quote_text", length = DESCRIPTION_MAX)
    private String quoteText;

    @Column(name = "quoted_at")
    private Instant quotedAt;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "listing_id")
    private Long listingId;

    @ElementCollection
    @CollectionTable(name = "custom_request_photo", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<ReferencePhoto> photos = new ArrayList<>();

    protected CustomRequest() {
    }

    CustomRequest(Shop shop, long accountId, String description, Money budget, LocalDate wishedDate, Instant now) {
        this.shop = shop;
        this.accountId = accountId;
        this.description = description;
        this.budgetMinor = budget.minorUnits();
        this.budgetCurrency = budget.currency().getCurrencyCode();
        this.wishedDate = wishedDate;
        this.createdAt = now;
    }

    void quote(Money price, int days, String text, Instant now) {
        this.quoteMinor = price.minorUnits();
        this.quoteCurrency = price.currency().getCurrencyCode();
        this.quoteDays = days;
        this.quoteText = text;
        this.quotedAt = now;
        this.status = CustomRequestStatus.QUOTED;
    }

    void decline(String reason, Instant now) {
        this.declineReason = reason;
        this.closedAt = now;
        this.status = CustomRequestStatus.DECLINED;
    }

    void withdraw(Instant now) {
        this.closedAt = now;
        this.status = CustomRequestStatus.WITHDRAWN;
    }

    void accepted(long listingId, Instant now) {
        this.listingId = listingId;
        this.closedAt = now;
        this.status = CustomRequestStatus.ACCEPTED;
    }

    public Long getId() {
        return id;
    }

    /** Changes with every step (quote, re-quote, accept...): the shopper accepts the quote of the version they saw. */
    public long getVersion() {
        return version;
    }

    public Shop getShop() {
        return shop;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getDescription() {
        return description;
    }

    public Money getBudget() {
        return Money.of(budgetMinor, budgetCurrency);
    }

    public LocalDate getWishedDate() {
        return wishedDate;
    }

    /** The wished date as an instant (start of that day, UTC), for the pages' date format; null if none. */
    public Instant getWishedAt() {
        return wishedDate == null ? null : wishedDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    public CustomRequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The quoted price, or null before a quote. */
    public Money getQuote() {
        return quoteMinor == null ? null : Money.of(quoteMinor, quoteCurrency);
    }

    public Integer getQuoteDays() {
        return quoteDays;
    }

    public String getQuoteText() {
        return quoteText;
    }

    public Instant getQuotedAt() {
        return quotedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getListingId() {
        return listingId;
    }

    public List<ReferencePhoto> getPhotos() {
        return photos;
    }
}
