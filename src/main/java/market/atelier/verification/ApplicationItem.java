package market.atelier.verification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The evidence for one rubric criterion (text and photos) and, once reviewed, the verifier's tick and note. */
@Entity
@Table(name = "application_item")
public class ApplicationItem {

    public static final int TEXT_MAX = 2000;
    public static final int REVIEW_NOTE_MAX = 1000;
    public static final int PHOTOS_MAX = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_item_seq")
    @SequenceGenerator(name = "application_item_seq", sequenceName = "application_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "criterion_id", nullable = false)
    private RubricCriterion criterion;

    /** The criterion's id as a plain column, so that items load in rubric order. */
    @Column(name = "criterion_id", insertable = false, updatable = false)
    private Long criterionId;

    @Column(name = "evidence_text", length = TEXT_MAX)
    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_item_photo", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_key", nullable = false, length = 64)
    private List<String> photoKeys = new ArrayList<>();

    /** The verifier's tick: null until reviewed. */
    private Boolean met;

    @Column(name = "review_note", length = REVIEW_NOTE_MAX)
    private String reviewNote;

    protected ApplicationItem() {
    }

    ApplicationItem(Application application, RubricCriterion criterion) {
        this.application = application;
        this.criterion = criterion;
    }

    /** A copy of the evidence (not the review) for a new draft. */
    ApplicationItem copyInto(Application draft) {
        ApplicationItem copy = new ApplicationItem(draft, criterion);
        copy.text = text;
        copy.photoKeys.addAll(photoKeys);
        return copy;
    }

    /** Whether the evidence is enough to submit: the criterion's photos, and text or a photo at all. */
    boolean isComplete() {
        return photoKeys.size() >= criterion.getMinPhotos() && (!photoKeys.isEmpty() || hasText());
    }

    private boolean hasText() {
        return text != null && !text.isBlank();
    }

    void tick(boolean met, String note) {
        this.met = met;
        this.reviewNote = note;
    }

    public Long getId() {
        return id;
    }

    public RubricCriterion getCriterion() {
        return criterion;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    public List<String> getPhotoKeys() {
        return photoKeys;
    }

    public Boolean getMet() {
        return met;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
