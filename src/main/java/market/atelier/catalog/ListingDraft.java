package market.atelier.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import market.atelier.shared.Money;

/** What an artisan types about a piece: the form behind {@code /seller/listing}, copied onto {@link Listing}. */
public class ListingDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Listing.TITLE_MAX)
    private String title;
    @Size(max = Listing.DESCRIPTION_MAX)
    private String description;
    @NotBlank
    private String categoryCode;
    @NotNull
    @DecimalMin(value = "0.50", message = "{listing.price.min}")
    @DecimalMax(value = "100000.00", message = "{listing.price.max}")
    @Digits(integer = 9, fraction = 2, message = "{listing.price.digits}") // too large is @DecimalMax's to say
    private BigDecimal price;
    @Min(0)
    @Max(9999)
    private int stock = 1;
    private boolean oneOfAKind;
    private boolean madeToOrder;
    @Min(0)
    @Max(365)
    private int processingDays = 3;
    @Size(max = 20)
    private List<@NotBlank @Size(max = Listing.TERM_MAX) String> materials = new ArrayList<>();
    @Size(max = 20)
    private List<@NotBlank @Size(max = Listing.TERM_MAX) String> techniques = new ArrayList<>();
    @Size(max = Listing.STATEMENT_MAX)
    private String makerStatement;
    @Size(max = Listing.DIMENSIONS_MAX)
    private String dimensions;
    @DecimalMin("0.0")
    @DecimalMax("9999.99")
    private BigDecimal weightGrams;
    @NotNull
    private WhoMade whoMade = WhoMade.ARTISAN;
    @Size(max = Listing.PARTNER_MAX)
    private String madeByNote;

    public static ListingDraft of(Listing listing) {
        ListingDraft d = new ListingDraft();
        d.title = listing.getTitle();
        d.description = listing.getDescription();
        d.categoryCode = listing.getCategory().getCode();
        d.price = listing.getPrice().amount();
        d.stock = listing.getStock();
        d.oneOfAKind = listing.isOneOfAKind();
        d.madeToOrder = listing.isMadeToOrder();
        d.processingDays = listing.getProcessingDays();
        d.materials = new ArrayList<>(listing.getMaterials());
        d.techniques = new ArrayList<>(listing.getTechniques());
        d.makerStatement = listing.getMakerStatement();
        d.dimensions = listing.getDimensions();
        d.weightGrams = listing.getWeightGrams();
        d.whoMade = listing.getWhoMade();
        d.madeByNote = listing.getMadeByNote();
        return d;
    }

    void applyTo(Listing listing, Category category) {
        listing.setTitle(title.strip());
        listing.setDescription(description);
        listing.setCategory(category);
        listing.setPrice(Money.parse(price, Money.EUR));
        listing.setOneOfAKind(oneOfAKind);
        listing.setStock(oneOfAKind ? Math.min(1, stock) : stock);
        listing.setMadeToOrder(madeToOrder);
        listing.setProcessingDays(processingDays);
        listing.getMaterials().clear();
        listing.getMaterials().addAll(materials.stream().map(String::strip).distinct().toList());
        listing.getTechniques().clear();
        listing.getTechniques().addAll(techniques.stream().map(String::strip).distinct().toList());
        listing.setMakerStatement(makerStatement);
        listing.setDimensions(dimensions);
        listing.setWeightGrams(weightGrams);
        listing.setWhoMade(whoMade);
        listing.setMadeByNote(whoMade == WhoMade.ARTISAN ? null : madeByNote);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public int getStock() { return stock; }
    public void setStock(int stock) { this.stock = stock; }
    public boolean isOneOfAKind() { return oneOfAKind; }
    public void setOneOfAKind(boolean oneOfAKind) { this.oneOfAKind = oneOfAKind; }
    public boolean isMadeToOrder() { return madeToOrder; }
    public void setMadeToOrder(boolean madeToOrder) { this.madeToOrder = madeToOrder; }
    public int getProcessingDays() { return processingDays; }
    public void setProcessingDays(int processingDays) { this.processingDays = processingDays; }
    public List<String> getMaterials() { return materials; }
    public void setMaterials(List<String> materials) { this.materials = materials == null ? new ArrayList<>() : materials; }
    public List<String> getTechniques() { return techniques; }
    public void setTechniques(List<String> techniques) { this.techniques = techniques == null ? new ArrayList<>() : techniques; }
    public String getMakerStatement() { return makerStatement; }
    public void setMakerStatement(String makerStatement) { this.makerStatement = makerStatement; }
    public String getDimensions() { return dimensions; }
    public void setDimensions(String dimensions) { this.dimensions = dimensions; }
    public BigDecimal getWeightGrams() { return weightGrams; }
    public void setWeightGrams(BigDecimal weightGrams) { this.weightGrams = weightGrams; }
    public WhoMade getWhoMade() { return whoMade; }
    public void setWhoMade(WhoMade whoMade) { this.whoMade = whoMade; }
    public String getMadeByNote() { return madeByNote; }
    public void setMadeByNote(String madeByNote) { this.madeByNote = madeByNote; }
}
