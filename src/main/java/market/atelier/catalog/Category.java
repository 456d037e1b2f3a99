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
@NamedQuery(name = Category.OFFERED, query = "SELECT c FROM Category c WHERE c.retired = FALSE ORDER BY c.position")
public class Category {

    public static final String ALL = "Category.all";
    /** The categories offered for new listings and in browse filters: not retired. */
    public static final String OFFERED = "Category.offered";
    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 60;

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(name = "name_de", nullable = false, length = 60)
    private String nameDe;

    /** Retired: no new listings and no browse filter; listings that have it keep it and still show its name. */
    @Column(nullable = false)
    private boolean retired;

    protected Category() {
    }

    public Category(String code, int position, String nameEn, String nameDe) {
        this.code = code;
        this.position = position;
        this.nameEn = nameEn;
        this.nameDe = nameDe;
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

    public String getNameEn() {
        return nameEn;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void rename(String nameEn, String nameDe) {
        this.nameEn = nameEn;
        this.nameDe = nameDe;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}
