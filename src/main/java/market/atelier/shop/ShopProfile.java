package market.atelier.shop;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import market.atelier.shared.Money;

/** What an artisan writes about their shop: the form behind {@code /seller/shop}, copied onto {@link Shop}. */
public class ShopProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(min = 2, max = Shop.NAME_MAX)
    private String name;
    @Size(max = Shop.TAGLINE_MAX)
    private String tagline;
    @Size(max = Shop.STORY_MAX)
    private String story;
    @NotBlank
    @Size(max = Shop.CITY_MAX)
    private String city;
    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    private String countryCode;
    @NotBlank
    @Size(max = Shop.MAKERS_MAX)
    private String makers;
    @Size(max = 20)
    private List<@NotBlank @Size(max = Shop.TERM_MAX) String> techniques = new ArrayList<>();
    @Size(max = 20)
    private List<@NotBlank @Size(max = Shop.TERM_MAX) String> materials = new ArrayList<>();
    @Min(0)
    @Max(365)
    private int processingDays = 3;
    @NotNull
    @DecimalMin(value = "0", message = "{shop.shipping.range}")
    @DecimalMax(value = "999", message = "{shop.shipping.range}")
    @Digits(integer = 9, fraction = 2) // too large is @DecimalMax's to say
    private BigDecimal shipDomestic = new BigDecimal("4.90");
    @NotNull
    @DecimalMin(value = "0", message = "{shop.shipping.range}")
    @DecimalMax(value = "999", message = "{shop.shipping.range}")
    @Digits(integer = 9, fraction = 2) // too large is @DecimalMax's to say
    private BigDecimal shipEu = new BigDecimal("9.90");
    @NotNull
    @DecimalMin(value = "0", message = "{shop.shipping.range}")
    @DecimalMax(value = "999", message = "{shop.shipping.range}")
    @Digits(integer = 9, fraction = 2) // too large is @DecimalMax's to say
    private BigDecimal shipWorld = new BigDecimal("19.90");
    @DecimalMin(value = "0", inclusive = false, message = "{shop.freeOver.range}")
    @DecimalMax(value = "99999", message = "{shop.freeOver.range}")
    @Digits(integer = 9, fraction = 2)
    private BigDecimal freeShippingOver;
    @Size(max = Shop.POLICY_MAX)
    private String returnsPolicy;
    @Size(max = Shop.POLICY_MAX)
    private String shippingPolicy;
    private boolean customOrders;
    @Size(max = Shop.POLICY_MAX)
    private String customOrdersPolicy;

    public static ShopProfile of(Shop shop) {
        ShopProfile p = new ShopProfile();
        p.name = shop.getName();
        p.tagline = shop.getTagline();
        p.story = shop.getStory();
        p.city = shop.getCity();
        p.countryCode = shop.getCountryCode();
        p.makers = shop.getMakers();
        p.techniques = new ArrayList<>(shop.getTechniques());
        p.materials = new ArrayList<>(shop.getMaterials());
        p.processingDays = shop.getProcessingDays();
        p.shipDomestic = shop.getShipDomestic().amount();
        p.shipEu = shop.getShipEu().amount();
        p.shipWorld = shop.getShipWorld().amount();
        p.freeShippingOver = shop.getFreeShippingOver() == null ? null : shop.getFreeShippingOver().amount();
        p.returnsPolicy = shop.getReturnsPolicy();
        p.shippingPolicy = shop.getShippingPolicy();
        p.customOrders = shop.getCustomOrdersPolicy() != null;
        p.customOrdersPolicy = shop.getCustomOrdersPolicy();
        return p;
    }

    void applyTo(Shop shop) {
        shop.setName(name.strip());
        shop.setTagline(tagline);
        shop.setStory(story);
        shop.setCity(city);
        shop.setCountryCode(countryCode);
        shop.setMakers(makers);
        shop.getTechniques().clear();
        shop.getTechniques().addAll(techniques.stream().map(String::strip).distinct().toList());
        shop.getMaterials().clear();
        shop.getMaterials().addAll(materials.stream().map(String::strip).distinct().toList());
        shop.setProcessingDays(processingDays);
        shop.setShipping(Money.parse(shipDomestic, Money.EUR), Money.parse(shipEu, Money.EUR),
                Money.parse(shipWorld, Money.EUR),
                freeShippingOver == null ? null : Money.parse(freeShippingOver, Money.EUR));
        shop.setReturnsPolicy(returnsPolicy);
        shop.setShippingPolicy(shippingPolicy);
        shop.setCustomOrdersPolicy(customOrders ? (customOrdersPolicy == null || customOrdersPolicy.isBlank()
                ? "Custom orders welcome: send a message." : customOrdersPolicy) : null);
    }

    public BigDecimal getShipDomestic() { return shipDomestic; }
    public void setShipDomestic(BigDecimal shipDomestic) { this.shipDomestic = shipDomestic; }
    public BigDecimal getShipEu() { return shipEu; }
    public void setShipEu(BigDecimal shipEu) { this.shipEu = shipEu; }
    public BigDecimal getShipWorld() { return shipWorld; }
    public void setShipWorld(BigDecimal shipWorld) { this.shipWorld = shipWorld; }
    public BigDecimal getFreeShippingOver() { return freeShippingOver; }
    public void setFreeShippingOver(BigDecimal freeShippingOver) { this.freeShippingOver = freeShippingOver; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTagline() { return tagline; }
    public void setTagline(String tagline) { this.tagline = tagline; }
    public String getStory() { return story; }
    public void setStory(String story) { this.story = story; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getMakers() { return makers; }
    public void setMakers(String makers) { this.makers = makers; }
    public List<String> getTechniques() { return techniques; }
    public void setTechniques(List<String> techniques) { this.techniques = techniques == null ? new ArrayList<>() : techniques; }
    public List<String> getMaterials() { return materials; }
    public void setMaterials(List<String> materials) { this.materials = materials == null ? new ArrayList<>() : materials; }
    public int getProcessingDays() { return processingDays; }
    public void setProcessingDays(int processingDays) { this.processingDays = processingDays; }
    public String getReturnsPolicy() { return returnsPolicy; }
    public void setReturnsPolicy(String returnsPolicy) { this.returnsPolicy = returnsPolicy; }
    public String getShippingPolicy() { return shippingPolicy; }
    public void setShippingPolicy(String shippingPolicy) { this.shippingPolicy = shippingPolicy; }
    public boolean isCustomOrders() { return customOrders; }
    public void setCustomOrders(boolean customOrders) { this.customOrders = customOrders; }
    public String getCustomOrdersPolicy() { return customOrdersPolicy; }
    public void setCustomOrdersPolicy(String customOrdersPolicy) { this.customOrdersPolicy = customOrdersPolicy; }
}
