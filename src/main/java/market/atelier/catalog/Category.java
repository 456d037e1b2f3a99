package market.atelier.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A category of the taxonomy (rings, necklaces, ...). Rows, not an enum, so an admin can add more later. */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.ALL, query = "SELECT c FROM Category c ORDER BY c.position")
public class Category {

    public static final String ALL = "Category.all";

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(name = "name_de", nullable = false, length = 60)
    private String nameDe;

    protected Category() {
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String name(Locale locale) {
        return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
    }
}
