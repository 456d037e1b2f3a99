package market.atelier.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import market.atelier.account.Role;
import market.atelier.notification.NotificationService;
import market.atelier.shared.AccessRefused;
import market.atelier.shop.Shop;

/**
 * The artisan's side of verification: assemble an application (evidence per criterion), submit it, see what was
 * decided, appeal a suspension once. Every method takes the signed-in account and works only on that account's
 * shop, whatever application or badge id the request carried.
 */
@Stateless
@RolesAllowed("SHOPPER")
public class ApplicationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    /** Every application and appeal of the artisan's shop, newest first (drafts included). */
    public List<Application> applications(long accountId) {
        return em.createQuery("SELECT a FROM Application a WHERE a.shop.id = :shop"
                        + " ORDER BY a.createdAt DESC, a.id DESC", Application.class)
                .setParameter("shop", shopOf(accountId).getId())
                .getResultList();
    }

    /** The shop's open drafts: an appeal draft first, then the application draft. */
    public Optional<Application> openDraft(long accountId) {
        return em.createQuery("SELECT a FROM Application a WHERE a.shop.id = :shop AND a.state = :draft"
                        + " ORDER BY a.kind DESC", Application.class)
                .setParameter("shop", shopOf(accountId).getId())
                .setParameter("draft", ApplicationState.DRAFT)
                .getResultStream().findFirst();
    }

    /** The shop's badges in any state, for the artisan's overview. */
    public List<Badge> badges(long accountId) {
        return em.createQuery("SELECT b FROM Badge b JOIN FETCH b.type t WHERE b.shop.id = :shop ORDER BY t.position",
                        Badge.class)
                .setParameter("shop", shopOf(accountId).getId())
                .getResultList();
    }

    /**
     * The open draft application of the shop, or a new one for the chosen badges. A new draft starts from the
     * evidence of the shop's last application, so resubmitting after "changes requested" is not starting over.
     */
    public Application startDraft(long accountId, Set<String> badgeCodes) {
        Shop shop = shopOf(accountId);
        Optional<Application> open = openDraft(shop, ApplicationKind.APPLICATION, null);
        if (open.isPresent()) {
            return open.get();
        }
        Set<String> codes = knownCodes(badgeCodes);
        Application draft = new Application(shop, ApplicationKind.APPLICATION, null, Instant.now());
        copyLastEvidence(shop, draft, codes);
        draft.chooseBadges(codes, criteria());
        em.persist(draft);
        return draft;
    }

    /** Saves the draft's badges, texts (by criterion id) and note; photos are added one by one. */
    public Application saveDraft(long accountId, long applicationId, Set<String> badgeCodes,
            Map<Long, String> texts, String note) {
        Application draft = ownDraft(accountId, applicationId);
        if (draft.getKind() == ApplicationKind.APPLICATION) {
            draft.chooseBadges(knownCodes(badgeCodes), criteria());
        }
        for (ApplicationItem item : draft.getItems()) {
            String text = texts.get(item.getCriterion().getId());
            if (text != null) {
                item.setText(limited(text, ApplicationItem.TEXT_MAX));
            }
        }
        draft.setNote(note == null ? null : limited(note, Application.NOTE_MAX));
        return draft;
    }

    /** Refuses, before any file is stored, a photo the criterion has no room for (or a draft no longer editable). */
    public ApplicationItem checkRoomForPhoto(long accountId, long applicationId, long criterionId) {
        ApplicationItem item = ownItem(accountId, applicationId, criterionId);
        if (item.getPhotoKeys().size() >= ApplicationItem.PHOTOS_MAX) {
            throw new VerificationException("verify.apply.tooManyPhotos");
        }
        return item;
    }

    public Application addPhoto(long accountId, long applicationId, long criterionId, String mediaKey) {
        checkRoomForPhoto(accountId, applicationId, criterionId).getPhotoKeys().add(mediaKey);
        return em.find(Application.class, applicationId);
    }

    public Application removePhoto(long accountId, long applicationId, long criterionId, int index) {
        ApplicationItem item = ownItem(accountId, applicationId, criterionId);
        if (index >= 0 && index < item.getPhotoKeys().size()) {
            item.getPhotoKeys().remove(index);
        }
        return em.find(Application.class, applicationId);
    }

    /**
     * Submits the draft: from now on it is read-only and dated. A still-waiting earlier submission of the same kind
     * is superseded (kept, marked as such); verifiers are told.
     */
    public Application submit(long accountId, long applicationId) {
        Application draft = ownDraft(accountId, applicationId);
        if (draft.getBadgeCodes().isEmpty()) {
            throw new VerificationException("verify.apply.noBadge");
        }
        if (draft.getItems().stream().anyMatch(item -> !item.isComplete())) {
            throw new VerificationException("verify.apply.incomplete");
        }
        em.createQuery("SELECT a FROM Application a WHERE a.shop = :shop AND a.kind = :kind AND a.state = :waiting"
                        + " AND a.id <> :id", Application.class)
                .setParameter("shop", draft.getShop())
                .setParameter("kind", draft.getKind())
                .setParameter("waiting", ApplicationState.SUBMITTED)
                .setParameter("id", draft.getId())
                .getResultList()
                .stream()
                .filter(old -> old.getAppealOf() == draft.getAppealOf())
                .forEach(Application::supersede);
        draft.submit(Instant.now());
        notifications.notifyRole(Role.VERIFIER, draft.getKind() == ApplicationKind.APPEAL
                        ? "notice.verifier.newAppeal" : "notice.verifier.newApplication",
                "/verify/review?id=" + draft.getId(), draft.getShop().getName());
        return draft;
    }

    /**
     * An appeal draft against a suspended badge of the artisan's shop. Once per suspension: an appeal already
     * submitted since the badge was suspended is refused.
     */
    public Application startAppeal(long accountId, long badgeId) {
        Shop shop = shopOf(accountId);
        Badge badge = em.find(Badge.class, badgeId);
        if (badge == null || !badge.getShop().getId().equals(shop.getId())) {
            throw new AccessRefused("badge " + badgeId);
        }
        if (badge.getState() != BadgeState.SUSPENDED) {
            throw new VerificationException("verify.appeal.notSuspended");
        }
        Optional<Application> open = openDraft(shop, ApplicationKind.APPEAL, badge);
        if (open.isPresent()) {
            return open.get();
        }
        if (appealedSinceSuspension(badge)) {
            throw new VerificationException("verify.appeal.once");
        }
        Application appeal = new Application(shop, ApplicationKind.APPEAL, badge, Instant.now());
        Set<String> codes = Set.of(badge.getType().getCode());
        copyLastEvidence(shop, appeal, codes);
        appeal.chooseBadges(codes, criteria());
        em.persist(appeal);
        return appeal;
    }

    /** Whether the artisan may still appeal this suspended badge (no appeal submitted since the suspension). */
    public boolean canAppeal(long accountId, long badgeId) {
        Badge badge = em.find(Badge.class, badgeId);
        return badge != null && badge.getShop().getId().equals(shopOf(accountId).getId())
                && badge.getState() == BadgeState.SUSPENDED && !appealedSinceSuspension(badge);
    }

    private boolean appealedSinceSuspension(Badge badge) {
        Instant suspended = em.createQuery("SELECT MAX(e.occurredAt) FROM BadgeEvent e WHERE e.badge = :badge"
                        + " AND e.kind = :suspended", Instant.class)
                .setParameter("badge", badge)
                .setParameter("suspended", BadgeEventKind.SUSPENDED)
                .getSingleResult();
        return em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.appealOf = :badge"
                        + " AND a.submittedAt IS NOT NULL AND a.submittedAt >= :since", Long.class)
                .setParameter("badge", badge)
                .setParameter("since", suspended == null ? Instant.EPOCH : suspended)
                .getSingleResult() > 0;
    }

    private void copyLastEvidence(Shop shop, Application draft, Set<String> codes) {
        em.createQuery("SELECT a FROM Application a WHERE a.shop = :shop AND a.state <> :draft"
                        + " ORDER BY a.submittedAt DESC", Application.class)
                .setParameter("shop", shop)
                .setParameter("draft", ApplicationState.DRAFT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(last -> last.getItems().stream()
                        .filter(item -> codes.contains(item.getCriterion().getBadgeCode()))
                        .forEach(item -> draft.getItems().add(item.copyInto(draft))));
    }

    private Optional<Application> openDraft(Shop shop, ApplicationKind kind, Badge appealOf) {
        return em.createQuery("SELECT a FROM Application a WHERE a.shop = :shop AND a.kind = :kind"
                        + " AND a.state = :draft", Application.class)
                .setParameter("shop", shop)
                .setParameter("kind", kind)
                .setParameter("draft", ApplicationState.DRAFT)
                .getResultStream()
                .filter(a -> a.getAppealOf() == appealOf)
                .findFirst();
    }

    private Application ownDraft(long accountId, long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.getShop().getId().equals(shopOf(accountId).getId())) {
            throw new AccessRefused("application " + applicationId);
        }
        if (!application.isEditable()) {
            throw new VerificationException("verify.apply.notEditable");
        }
        return application;
    }

    private ApplicationItem ownItem(long accountId, long applicationId, long criterionId) {
        ApplicationItem item = ownDraft(accountId, applicationId).item(criterionId);
        if (item == null) {
            throw new VerificationException("verify.apply.noSuchCriterion");
        }
        return item;
    }

    private Shop shopOf(long accountId) {
        return em.createNamedQuery(Shop.BY_OWNER, Shop.class).setParameter("ownerId", accountId)
                .getResultStream().findFirst().orElseThrow(() -> new AccessRefused("no shop"));
    }

    private Set<String> knownCodes(Set<String> requested) {
        Set<String> codes = new LinkedHashSet<>();
        criteria().stream().map(RubricCriterion::getBadgeCode).filter(requested::contains).forEach(codes::add);
        if (codes.isEmpty()) {
            throw new VerificationException("verify.apply.noBadge");
        }
        return codes;
    }

    private List<RubricCriterion> criteria() {
        return em.createQuery("SELECT c FROM RubricCriterion c WHERE c.badgeType.computed = FALSE ORDER BY c.id",
                RubricCriterion.class).getResultList();
    }

    private static String limited(String text, int max) {
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new VerificationException("verify.apply.tooLong");
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
