package market.atelier.shop;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import market.atelier.account.Account;
import market.atelier.shared.Money;

/** An artisan's shop and its public profile: the story, the studio, the techniques and the honest "who makes it". */
@Entity
@Table(name = "shop")
@NamedQuery(name = Shop.BY_SLUG, query = "SELECT s FROM Shop s WHERE s.slug = :slug")
@NamedQuery(name = Shop.BY_OWNER, query = "SELECT s FROM Shop s WHERE s.owner.id = :ownerId")
public class Shop {

    public static final String BY_SLUG = "Shop.bySlug";
    public static final String BY_OWNER = "Shop.byOwner";
    public static final int NAME_MAX = 80;
    public static final int TAGLINE_MAX = 140;
    public static final int STORY_MAX = 5000;
    public static final int CITY_MAX = 80;
    public static final int MAKERS_MAX = 500;
    public static final int POLICY_MAX = 2000;
    public static final int TERM_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_seq")
    @SequenceGenerator(name = "shop_seq", sequenceName = "shop_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private Account owner;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Size(max = TAGLINE_MAX)
    @Column(length = TAGLINE_MAX)
    private String tagline;

    @Size(max = STORY_MAX)
    @Column(length = STORY_MAX)
    private String story;

    @Size(max = CITY_MAX)
    @Column(length = CITY_MAX)
    private String city;

    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country_code", length = 2)
    private String countryCode;

    /** Who makes the pieces: "Solo maker", named helpers or production partners. */
    @Size(max = MAKERS_MAX)
    @Column(length = MAKERS_MAX)
    private String makers;

    @Min(0)
    @Max(365)
    @Column(name = "processing_days", nullable = false)
    private int processingDays = 3;

    @Size(max = POLICY_MAX)
    @Column(name = "returns_policy", length = POLICY_MAX)
    private String returnsPolicy;

    @Size(max = POLICY_MAX)
    @Column(name = "shipping_policy", length = POLICY_MAX)
    private String shippingPolicy;

    /** Null when the shop takes no custom orders. */
    @Size(max = POLICY_MAX)
    @Column(name = "custom_orders_policy", length = POLICY_MAX)
    private String customOrdersPolicy;

    @Column(name = "portrait_key", length = 64)
    private String portraitKey;

    @Column(name = "banner_key", length = 64)
    private String bannerKey;

    @ElementCollection
    @CollectionTable(name = "shop_technique", joinColumns = @JoinColumn(name = "shop_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = TERM_MAX)
    private List<String> techniques = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "shop_material", joinColumns = @JoinColumn(name = "shop_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = TERM_MAX)
    private List<String> materials = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShopStatus status = ShopStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when three different shoppers reported the shop within 90 days: verifiers re-review it. */
    @Column(name = "ship_domestic_minor", nullable = false)
    private long shipDomesticMinor = 490;

    @Column(name = "ship_eu_minor", nullable = false)
    private long shipEuMinor = 990;

    @Column(name = "ship_world_minor", nullable = false)
    private long shipWorldMinor = 1990;

    @Column(name = "free_shipping_minor")
    private Long freeShippingMinor;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    protected Shop() {
    }

    public Shop(Account owner, String name, String slug, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public boolean isLive() {
        return status == ShopStatus.LIVE;
    }

    public Long getId() {
        return id;
    }

    public Account getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getMakers() {
        return makers;
    }

    public void setMakers(String makers) {
        this.makers = makers;
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public void setProcessingDays(int processingDays) {
        this.processingDays = processingDays;
    }

    public String getReturnsPolicy() {
        return returnsPolicy;
    }

    public void setReturnsPolicy(String returnsPolicy) {
        this.returnsPolicy = returnsPolicy;
    }

    public String getShippingPolicy() {
        return shippingPolicy;
    }

    public void setShippingPolicy(String shippingPolicy) {
        this.shippingPolicy = shippingPolicy;
    }

    public String getCustomOrdersPolicy() {
        return customOrdersPolicy;
    }

    public void setCustomOrdersPolicy(String customOrdersPolicy) {
        this.customOrdersPolicy = customOrdersPolicy;
    }

    public String getPortraitKey() {
        return portraitKey;
    }

    public void setPortraitKey(String portraitKey) {
        this.portraitKey = portraitKey;
    }

    public String getBannerKey() {
        return bannerKey;
    }

    public void setBannerKey(String bannerKey) {
        this.bannerKey = bannerKey;
    }

    public List<String> getTechniques() {
        return techniques;
    }

    public List<String> getMaterials() {
        return materials;
    }

    public ShopStatus getStatus() {
        return status;
    }

    /** A closed shop stays closed (a badge granted or restored later does not open it again). */
    public void setStatus(ShopStatus status) {
        if (this.status != ShopStatus.CLOSED) {
            this.status = status;
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public void setFlaggedAt(Instant flaggedAt) {
        this.flaggedAt = flaggedAt;
    }

    /** Shipping profile: flat rate within the shop's own country. */
    public Money getShipDomestic() {
        return Money.euros(shipDomesticMinor);
    }

    /** Flat rate to the other EU countries. */
    public Money getShipEu() {
        return Money.euros(shipEuMinor);
    }

    /** Flat rate to the rest of the world. */
    public Money getShipWorld() {
        return Money.euros(shipWorldMinor);
    }

    /** Orders of at least this much (items) ship free; null: never. */
    public Money getFreeShippingOver() {
        return freeShippingMinor == null ? null : Money.euros(freeShippingMinor);
    }

    public void setShipping(Money domestic, Money eu, Money world, Money freeOver) {
        this.shipDomesticMinor = domestic.minorUnits();
        this.shipEuMinor = eu.minorUnits();
        this.shipWorldMinor = world.minorUnits();
        this.freeShippingMinor = freeOver == null ? null : freeOver.minorUnits();
    }
}
