package market.atelier.verification;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import market.atelier.account.Account;
import market.atelier.shop.Shop;

/**
 * A shop's application for badges (or its appeal against a suspension): evidence per rubric criterion, then the
 * verifier's ticks, decision, who decided and when. Submitted applications are read-only and kept for good.
 */
@Entity
@Table(name = "verification_application")
public class Application {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationState state = ApplicationState.DRAFT;

    /** The suspended badge an appeal is about; null for applications. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appeal_badge_id")
    private Badge appealOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_badge", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "badge_code", nullable = false, length = 40)
    private Set<String> badgeCodes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("criterionId")
    private List<ApplicationItem> items = new ArrayList<>();

    /** The artisan's note to the verifier (for an appeal: why the suspension should be lifted). */
    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decision_note", length = NOTE_MAX)
    private String decisionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_category", length = 40)
    private ReasonCategory rejectCategory;

    protected Application() {
    }

    Application(Shop shop, ApplicationKind kind, Badge appealOf, Instant createdAt) {
        this.shop = shop;
        this.kind = kind;
        this.appealOf = appealOf;
        this.createdAt = createdAt;
    }

    /**
     * A submitted application for the badges of the given criteria, every criterion carrying the same text and
     * photos (demo data and tests).
     */
    public static Application submitted(Shop shop, List<RubricCriterion> criteria, String text, List<String> photoKeys,
            Instant at) {
        Application application = new Application(shop, ApplicationKind.APPLICATION, null, at);
        Set<String> codes = new LinkedHashSet<>();
        criteria.forEach(c -> codes.add(c.getBadgeCode()));
        application.chooseBadges(codes, criteria);
        application.items.forEach(item -> {
            item.setText(text);
            item.getPhotoKeys().addAll(photoKeys);
        });
        application.submit(at);
        return application;
    }

    /** Makes the items match the chosen badges' criteria, keeping the evidence already given for the others. */
    void chooseBadges(Set<String> codes, List<RubricCriterion> criteria) {
        badgeCodes.clear();
        badgeCodes.addAll(codes);
        items.removeIf(item -> !codes.contains(item.getCriterion().getBadgeCode()));
        for (RubricCriterion criterion : criteria) {
            if (codes.contains(criterion.getBadgeCode()) && item(criterion.getId()) == null) {
                items.add(new ApplicationItem(this, criterion));
            }
        }
        items.sort(Comparator.comparing(ApplicationItem::getCriterion, RubricCriterion.ORDER));
    }

    ApplicationItem item(long criterionId) {
        return items.stream().filter(i -> i.getCriterion().getId() == criterionId).findFirst().orElse(null);
    }

    void submit(Instant at) {
        state = ApplicationState.SUBMITTED;
        submittedAt = at;
    }

    void supersede() {
        state = ApplicationState.SUPERSEDED;
    }

    void decide(ApplicationState outcome, Account verifier, Instant at, String note, ReasonCategory category) {
        state = outcome;
        decidedBy = verifier;
        decidedAt = at;
        decisionNote = note;
        rejectCategory = category;
    }

    public boolean isEditable() {
        return state == ApplicationState.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public Shop getShop() {
        return shop;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public ApplicationState getState() {
        return state;
    }

    public Badge getAppealOf() {
        return appealOf;
    }

    public Set<String> getBadgeCodes() {
        return badgeCodes;
    }

    public List<ApplicationItem> getItems() {
        return items;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public ReasonCategory getRejectCategory() {
        return rejectCategory;
    }
}
