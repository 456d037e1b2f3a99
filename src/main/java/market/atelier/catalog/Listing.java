package market.atelier.catalog;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;

/** A piece for sale. Stock never goes below zero (a database constraint guards it); a one-of-a-kind piece has stock 1. */
@Entity
@Table(name = "listing")
public class Listing {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int STATEMENT_MAX = 1000;
    public static final int DIMENSIONS_MAX = 200;
    public static final int PARTNER_MAX = 200;
    public static final int TERM_MAX = 60;
    public static final int MAX_PHOTOS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
    @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_code", nullable = false)
    private Category category;

    @Min(0)
    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(name = "price_currency", nullable = false, length = 3)
    private String priceCurrency = Money.EUR.getCurrencyCode();

    @Min(0)
    @Column(nullable = false)
    private int stock;

    @Column(name = "one_of_a_kind", nullable = false)
    private boolean oneOfAKind;

    @Column(name = "made_to_order", nullable = false)
    private boolean madeToOrder;

    @Min(0)
    @Max(365)
    @Column(name = "processing_days", nullable = false)
    private int processingDays;

    @ElementCollection
    @CollectionTable(name = "listing_material", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = TERM_MAX)
    private List<String> materials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "listing_technique", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = TERM_MAX)
    private List<String> techniques = new ArrayList<>();

    @Size(max = STATEMENT_MAX)
    @Column(name = "maker_statement", length = STATEMENT_MAX)
    private String makerStatement;

    @Size(max = DIMENSIONS_MAX)
    @Column(length = DIMENSIONS_MAX)
    private String dimensions;

    @DecimalMin("0.0")
    @Column(name = "weight_grams", precision = 8, scale = 2)
    private BigDecimal weightGrams;

    @Enumerated(EnumType.STRING)
    @Column(name = "who_made", nullable = false, length = 20)
    private WhoMade whoMade = WhoMade.ARTISAN;

    /** Named shop member or production partner and what they did; required unless the artisan made it alone. */
    @Size(max = PARTNER_MAX)
    @Column(name = "made_by_note", length = PARTNER_MAX)
    private String madeByNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingStatus status = ListingStatus.DRAFT;

    @OneToMany(mappedBy = "listing", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ListingPhoto> photos = new ArrayList<>();

    /** The one account a made-to-order piece is reserved for; such a listing is never public (null: public). */
    @Column(name = "reserved_for")
    private Long reservedFor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Listing() {
    }

    public Listing(Shop shop, String title, Category category, Money price, Instant now) {
        this.shop = shop;
        this.title = title;
        this.category = category;
        setPrice(price);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Money getPrice() {
        return new Money(priceMinor, Currency.getInstance(priceCurrency));
    }

    public void setPrice(Money price) {
        this.priceMinor = price.minorUnits();
        this.priceCurrency = price.currency().getCurrencyCode();
    }

    /** A one-of-a-kind piece is always stock 1 (or 0 once sold). */
    public void setOneOfAKind(boolean oneOfAKind) {
        this.oneOfAKind = oneOfAKind;
        if (oneOfAKind && stock > 1) {
            stock = 1;
        }
    }

    public void setStock(int stock) {
        this.stock = oneOfAKind ? Math.min(stock, 1) : stock;
    }

    public ListingPhoto addPhoto(String mediaKey, String altText, int width, int height) {
        ListingPhoto photo = new ListingPhoto(this, photos.size(), mediaKey, altText, width, height);
        photos.add(photo);
        return photo;
    }

    public ListingPhoto getPrimaryPhoto() {
        return photos.isEmpty() ? null : photos.get(0);
    }

    public Long getId() {
        return id;
    }

    public Shop getShop() {
        return shop;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public int getStock() {
        return stock;
    }

    public boolean isOneOfAKind() {
        return oneOfAKind;
    }

    public boolean isMadeToOrder() {
        return madeToOrder;
    }

    public void setMadeToOrder(boolean madeToOrder) {
        this.madeToOrder = madeToOrder;
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public void setProcessingDays(int processingDays) {
        this.processingDays = processingDays;
    }

    public List<String> getMaterials() {
        return materials;
    }

    public List<String> getTechniques() {
        return techniques;
    }

    public String getMakerStatement() {
        return makerStatement;
    }

    public void setMakerStatement(String makerStatement) {
        this.makerStatement = makerStatement;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public BigDecimal getWeightGrams() {
        return weightGrams;
    }

    public void setWeightGrams(BigDecimal weightGrams) {
        this.weightGrams = weightGrams;
    }

    public WhoMade getWhoMade() {
        return whoMade;
    }

    public void setWhoMade(WhoMade whoMade) {
        this.whoMade = whoMade;
    }

    public String getMadeByNote() {
        return madeByNote;
    }

    public void setMadeByNote(String madeByNote) {
        this.madeByNote = madeByNote;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public void setStatus(ListingStatus status) {
        this.status = status;
    }

    public List<ListingPhoto> getPhotos() {
        return photos;
    }

    public Long getReservedFor() {
        return reservedFor;
    }

    public void setReservedFor(Long reservedFor) {
        this.reservedFor = reservedFor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
