package market.atelier.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import market.atelier.account.Account;

/** Where a shop order is shipped to. Validated on the checkout form and again in the service. */
@Embeddable
public class Address implements Serializable {

    /** What stands in every address line of an order whose shopper deleted their account. */
    static final String REMOVED = "-";

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    @Column(name = "ship_name", nullable = false, length = 100)
    private String name;

    @NotBlank
    @Size(max = 120)
    @Column(name = "ship_line1", nullable = false, length = 120)
    private String line1;

    @Size(max = 120)
    @Column(name = "ship_line2", length = 120)
    private String line2;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9 -]{2,20}")
    @Column(name = "ship_postcode", nullable = false, length = 20)
    private String postcode;

    @NotBlank
    @Size(max = 80)
    @Column(name = "ship_city", nullable = false, length = 80)
    private String city;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "ship_country", nullable = false, length = 2)
    private String country;

    public Address() {
    }

    public Address(String name, String line1, String line2, String postcode, String city, String country) {
        this.name = name;
        this.line1 = line1;
        this.line2 = line2;
        this.postcode = postcode;
        this.city = city;
        this.country = country;
    }

    /** On one line, as a list of saved addresses shows it: name, street, postcode and town, country. */
    public String summary(Locale locale) {
        return String.join(", ", lines(locale));
    }

    /** As it goes on a parcel, line by line: name, street (and its second line), postcode and town, country. */
    public List<String> lines(Locale locale) {
        return Stream.of(name, line1, line2, postcode + " " + city,
                        country == null ? null : new Locale("", country).getDisplayCountry(locale))
                .filter(line -> line != null && !line.isBlank()).toList();
    }

    /** The shopper deleted their account: name and address were replaced ({@link AccountErasure}). */
    public boolean isErased() {
        return Account.DELETED_NAME.equals(name) && REMOVED.equals(line1);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
