package market.atelier.review;

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

/** A buyer's photo of the piece they received, stored and re-encoded like listing photos. */
@Entity
@Table(name = "review_photo")
public class ReviewPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_photo_seq")
    @SequenceGenerator(name = "review_photo_seq", sequenceName = "review_photo_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id", nullable = false)
    private Review review;

    @Column(nullable = false)
    private int position;

    @Column(name = "media_key", nullable = false, length = 64)
    private String mediaKey;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected ReviewPhoto() {
    }

    ReviewPhoto(Review review, int position, String mediaKey, int width, int height) {
        this.review = review;
        this.position = position;
        this.mediaKey = mediaKey;
        this.width = width;
        this.height = height;
    }

    public String getMediaKey() {
        return mediaKey;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}
