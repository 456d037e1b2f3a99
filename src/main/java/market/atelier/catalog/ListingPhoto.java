package market.atelier.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One photo of a listing: a stored image (see MediaStore) with the artisan's alt text. Position 0 is primary. */
@Entity
@Table(name = "listing_photo")
public class ListingPhoto {

    public static final int ALT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_photo_seq")
    @SequenceGenerator(name = "listing_photo_seq", sequenceName = "listing_photo_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "listing_id", nullable = false)
    private Listing listing;

    @Column(nullable = false)
    private int position;

    @Column(name = "media_key", nullable = false, length = 64)
    private String mediaKey;

    @NotBlank
    @Size(max = ALT_MAX)
    @Column(name = "alt_text", nullable = false, length = ALT_MAX)
    private String altText;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected ListingPhoto() {
    }

    public ListingPhoto(Listing listing, int position, String mediaKey, String altText, int width, int height) {
        this.listing = listing;
        this.position = position;
        this.mediaKey = mediaKey;
        this.altText = altText;
        this.width = width;
        this.height = height;
    }

    public Long getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getMediaKey() {
        return mediaKey;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}
