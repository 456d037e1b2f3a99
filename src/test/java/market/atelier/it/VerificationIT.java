package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.account.Role;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.notification.NotificationService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.Application;
import market.atelier.verification.ApplicationItem;
import market.atelier.verification.ApplicationService;
import market.atelier.verification.ApplicationState;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeEvent;
import market.atelier.verification.BadgeEventKind;
import market.atelier.verification.BadgeExpiry;
import market.atelier.verification.BadgeState;
import market.atelier.verification.BadgeType;
import market.atelier.verification.Decision;
import market.atelier.verification.ReasonCategory;
import market.atelier.verification.Report;
import market.atelier.verification.ReportCategory;
import market.atelier.verification.ReportService;
import market.atelier.verification.ReviewService;
import market.atelier.verification.ReviewService.Tick;
import market.atelier.verification.VerificationException;
import market.atelier.verification.VerificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import market.atelier.verification.web.BadgeCache;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every state change of verification, legal and illegal: applying, reviewing, pending shops going live, suspension,
 * the one appeal, restore and revoke, the expiry timer, and the three-distinct-reporters flag.
 */
@ExtendWith(ArquillianExtension.class)
class VerificationIT {

    private static final String PHOTO = "0123456789abcdef0123456789abcdef";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(VerificationIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                AsVerifier.class, ShopOwnershipIT.class, Fixtures.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private ShopService shops;

    @Inject
    private CatalogService catalog;

    @Inject
    private ApplicationService applications;

    @Inject
    private ReviewService reviews;

    @Inject
    private ReportService reports;

    @Inject
    private BadgeExpiry expiry;

    @Inject
    private VerificationService verification;

    @Inject
    private BadgeCache badgeCache;

    @Inject
    private NotificationService notifications;

    @Inject
    private AsShopper asShopper;

    @Inject
    private AsVerifier asVerifier;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @PersistenceContext
    private EntityManager em;

    private String marker;
    private Account artisan;
    private Account verifier;
    private Shop shop;

    @BeforeEach
    void aPendingShopAndAVerifier() throws Exception {
        marker = UUID.randomUUID().toString().substring(0, 8);
        artisan = accounts.signUp("maker-" + marker + "@it.atelier", "Maker", "maker's long password");
        shop = asShopper.call(() -> shops.open(artisan.getId(), ShopOwnershipIT.profile("Wire Studio " + marker)));
        verifier = verifierAccount("vera-" + marker);
    }

    private Account verifierAccount(String name) throws Exception {
        Account account = accounts.signUp(name + "@it.atelier", "Vera " + name, "verifier's long password");
        inTx(() -> em.find(Account.class, account.getId()).grant(Role.VERIFIER));
        return account;
    }

    private void inTx(Runnable work) throws Exception {
        tx.begin();
        try {
            work.run();
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
    }

    private <T> T fresh(Class<T> type, Object id) {
        em.clear();
        return em.find(type, id);
    }

    /** A complete, submitted application for Handmade verified (one photo per criterion, three for the stages). */
    private Application submittedHandmade(Account owner) throws Exception {
        Application draft = asShopper.call(() -> applications.startDraft(owner.getId(), Set.of(BadgeType.HANDMADE)));
        for (ApplicationItem item : draft.getItems()) {
            long criterion = item.getCriterion().getId();
            int photos = Math.max(1, item.getCriterion().getMinPhotos()) - item.getPhotoKeys().size();
            for (int i = 0; i < photos; i++) {
                asShopper.call(() -> applications.addPhoto(owner.getId(), draft.getId(), criterion, PHOTO));
            }
        }
        return asShopper.call(() -> applications.submit(owner.getId(), draft.getId()));
    }

    private Map<Long, Tick> allMet(long applicationId) {
        Map<Long, Tick> ticks = new HashMap<>();
        fresh(Application.class, applicationId).getItems().forEach(item -> ticks.put(item.getId(), new Tick(true, "seen")));
        return ticks;
    }

    private Application decide(Account who, long applicationId, Decision decision, Map<Long, Tick> ticks, String note,
            ReasonCategory reason) throws Exception {
        return asVerifier.call(() -> reviews.decide(who.getId(), applicationId, decision, ticks, note, reason));
    }

    private Badge handmadeOf(Shop s) {
        em.clear();
        return em.createQuery("SELECT b FROM Badge b WHERE b.shop.id = :shop AND b.type.code = 'HANDMADE'", Badge.class)
                .setParameter("shop", s.getId()).getSingleResult();
    }

    private long listingIn(Shop s) throws Exception {
        Listing[] listing = new Listing[1];
        inTx(() -> {
            listing[0] = new Listing(em.find(Shop.class, s.getId()), "Wrapped pendant " + marker,
                    em.getReference(Category.class, "necklaces"), Money.euros(4500), Instant.now());
            listing[0].setStatus(ListingStatus.ACTIVE);
            em.persist(listing[0]);
        });
        return listing[0].getId();
    }

    private <E extends Exception> String refusal(Class<E> type, Callable<?> call) {
        Exception e = assertThrows(Exception.class, call::call);
        assertTrue(type.isInstance(e), "expected " + type.getSimpleName() + " but was " + e);
        return e instanceof VerificationException v ? v.getMessageKey() : e.getMessage();
    }

    @Test
    void aNewShopIsPendingAndNotPublicUntilAVerifierApprovesHandmadeVerified() throws Exception {
        long listingId = listingIn(shop);
        assertEquals(ShopStatus.PENDING, fresh(Shop.class, shop.getId()).getStatus());
        assertTrue(shops.publicShop(shop.getSlug()).isEmpty(), "a pending shop is not public");
        assertTrue(catalog.publicListing(listingId).isEmpty(), "nor are its pieces");

        Application draft = asShopper.call(() -> applications.startDraft(artisan.getId(), Set.of(BadgeType.HANDMADE)));
        assertEquals(3, draft.getItems().size(), "one item per Handmade criterion");
        assertEquals("verify.apply.incomplete", refusal(VerificationException.class,
                () -> asShopper.call(() -> applications.submit(artisan.getId(), draft.getId()))));
        long verifierNotices = notifications.unreadCount(verifier.getId());
        Application submitted = submittedHandmade(artisan);
        assertEquals(draft.getId(), submitted.getId(), "the open draft is the one submitted");
        assertEquals(ApplicationState.SUBMITTED, submitted.getState());
        assertNotNull(submitted.getSubmittedAt());
        assertEquals(verifierNotices + 1, notifications.unreadCount(verifier.getId()), "verifiers hear of it");
        assertTrue(asVerifier.call(() -> reviews.queue(BadgeType.HANDMADE)).stream().anyMatch(r -> r.id() == draft.getId()));
        assertTrue(asVerifier.call(() -> reviews.queue("MATERIALS")).stream().noneMatch(r -> r.id() == draft.getId()),
                "the badge filter works");

        // Approving needs a tick on every criterion, all met.
        assertEquals("verify.review.tickEvery", refusal(VerificationException.class,
                () -> decide(verifier, draft.getId(), Decision.APPROVE, Map.of(), null, null)));
        Map<Long, Tick> oneUnmet = allMet(draft.getId());
        oneUnmet.put(oneUnmet.keySet().iterator().next(), new Tick(false, "blurred"));
        assertEquals("verify.review.approveNeedsAllMet", refusal(VerificationException.class,
                () -> decide(verifier, draft.getId(), Decision.APPROVE, oneUnmet, null, null)));
        assertEquals(ApplicationState.SUBMITTED, fresh(Application.class, draft.getId()).getState(), "nothing changed");

        long artisanNotices = notifications.unreadCount(artisan.getId());
        decide(verifier, draft.getId(), Decision.APPROVE, allMet(draft.getId()), "Lovely bench.", null);
        Application approved = fresh(Application.class, draft.getId());
        assertEquals(ApplicationState.APPROVED, approved.getState());
        assertEquals(verifier.getId(), approved.getDecidedBy().getId(), "who decided is recorded");
        assertNotNull(approved.getDecidedAt());
        assertTrue(approved.getItems().stream().allMatch(i -> Boolean.TRUE.equals(i.getMet())), "with the ticks");
        Badge badge = handmadeOf(shop);
        assertEquals(BadgeState.VALID, badge.getState());
        Instant inAYear = Instant.now().atOffset(ZoneOffset.UTC).plusMonths(12).toInstant();
        assertTrue(Duration.between(badge.getExpiresAt(), inAYear).abs().toMinutes() < 5, "valid 12 months");
        assertEquals(ShopStatus.LIVE, fresh(Shop.class, shop.getId()).getStatus());
        assertTrue(shops.publicShop(shop.getSlug()).isPresent(), "the shop is live");
        assertTrue(catalog.publicListing(listingId).isPresent(), "and its pieces are public");
        assertTrue(verification.validBadges(List.of(shop.getId())).get(shop.getId()).stream()
                .anyMatch(b -> b.code().equals(BadgeType.HANDMADE)), "the badge shows beside its pieces");
        assertEquals(artisanNotices + 1, notifications.unreadCount(artisan.getId()), "the artisan hears of it");

        // Deciding again is refused, and changes nothing.
        assertEquals("verify.review.alreadyDecided", refusal(VerificationException.class,
                () -> decide(verifier, draft.getId(), Decision.REJECT, allMet(draft.getId()), "again", ReasonCategory.OTHER)));
        assertEquals(approved.getDecidedAt(), fresh(Application.class, draft.getId()).getDecidedAt());
        assertEquals(ApplicationState.APPROVED, fresh(Application.class, draft.getId()).getState());
    }

    @Test
    void aSubmittedApplicationIsReadOnlyAndANewSubmissionSupersedesWithoutErasingIt() throws Exception {
        Application first = submittedHandmade(artisan);
        assertEquals("verify.apply.notEditable", refusal(VerificationException.class, () -> asShopper.call(
                () -> applications.saveDraft(artisan.getId(), first.getId(), Set.of(BadgeType.HANDMADE), Map.of(), "x"))));
        long criterion = first.getItems().get(0).getCriterion().getId();
        assertEquals("verify.apply.notEditable", refusal(VerificationException.class, () -> asShopper.call(
                () -> applications.addPhoto(artisan.getId(), first.getId(), criterion, PHOTO))));

        Application second = asShopper.call(() -> applications.startDraft(artisan.getId(), Set.of(BadgeType.HANDMADE)));
        assertTrue(second.getItems().stream().allMatch(i -> !i.getPhotoKeys().isEmpty()),
                "a new draft starts from the last application's evidence");
        asShopper.call(() -> applications.submit(artisan.getId(), second.getId()));

        Application old = fresh(Application.class, first.getId());
        assertEquals(ApplicationState.SUPERSEDED, old.getState(), "superseded ...");
        assertEquals(3, old.getItems().size(), "... but kept with its evidence");
        assertNotNull(old.getSubmittedAt());
        List<Long> queued = asVerifier.call(() -> reviews.queue(null)).stream().map(r -> r.id()).toList();
        assertTrue(queued.contains(second.getId()));
        assertFalse(queued.contains(first.getId()));
        assertEquals(2, asShopper.call(() -> applications.applications(artisan.getId())).size());
    }

    @Test
    void changesRequestedGoBackToTheArtisanWhoResubmitsAndRejectionNeedsAReason() throws Exception {
        Application first = submittedHandmade(artisan);
        assertEquals("verify.review.changesNeedNote", refusal(VerificationException.class,
                () -> decide(verifier, first.getId(), Decision.REQUEST_CHANGES, allMet(first.getId()), " ", null)));
        decide(verifier, first.getId(), Decision.REQUEST_CHANGES, allMet(first.getId()), "Show the tools closer.", null);
        Application sentBack = fresh(Application.class, first.getId());
        assertEquals(ApplicationState.CHANGES_REQUESTED, sentBack.getState());
        assertEquals("Show the tools closer.", sentBack.getDecisionNote());
        assertEquals(ShopStatus.PENDING, fresh(Shop.class, shop.getId()).getStatus());

        Application second = submittedHandmade(artisan);
        assertEquals("verify.review.rejectNeedsReason", refusal(VerificationException.class,
                () -> decide(verifier, second.getId(), Decision.REJECT, allMet(second.getId()), "no", null)));
        decide(verifier, second.getId(), Decision.REJECT, allMet(second.getId()), "Bought-in chain.", ReasonCategory.RESOLD);
        Application rejected = fresh(Application.class, second.getId());
        assertEquals(ApplicationState.REJECTED, rejected.getState());
        assertEquals(ReasonCategory.RESOLD, rejected.getRejectCategory());
        assertEquals(ApplicationState.CHANGES_REQUESTED, fresh(Application.class, first.getId()).getState(), "kept");
        assertEquals(ShopStatus.PENDING, fresh(Shop.class, shop.getId()).getStatus(), "still pending");
        assertTrue(shops.publicShop(shop.getSlug()).isEmpty());
    }

    @Test
    void aVerifierNeverReviewsTheirOwnShop() throws Exception {
        Shop own = asShopper.call(() -> shops.open(verifier.getId(), ShopOwnershipIT.profile("Vera's Own " + marker)));
        Application application = submittedHandmade(verifier);
        assertEquals("verify.review.ownShop", refusal(VerificationException.class,
                () -> asVerifier.call(() -> reviews.forReview(verifier.getId(), application.getId()))));
        assertEquals("verify.review.ownShop", refusal(VerificationException.class,
                () -> decide(verifier, application.getId(), Decision.APPROVE, allMet(application.getId()), null, null)));
        assertEquals(ApplicationState.SUBMITTED, fresh(Application.class, application.getId()).getState());
        assertEquals(ShopStatus.PENDING, fresh(Shop.class, own.getId()).getStatus());

        // Another verifier may; the owner still cannot suspend their own badge.
        Account other = verifierAccount("otto-" + marker);
        decide(other, application.getId(), Decision.APPROVE, allMet(application.getId()), null, null);
        long badgeId = handmadeOf(own).getId();
        assertEquals("verify.review.ownShop", refusal(VerificationException.class, () -> asVerifier.call(
                () -> reviews.suspend(verifier.getId(), badgeId, ReasonCategory.OTHER, "self"))));
        assertEquals(BadgeState.VALID, handmadeOf(own).getState());
    }

    @Test
    void shoppersArtisansAndAnonymousCallersCannotUseVerifierOperations() throws Exception {
        Application application = submittedHandmade(artisan);
        Map<Long, Tick> ticks = allMet(application.getId());
        refusal(EJBAccessException.class, () -> asShopper.call(() -> reviews.decide(artisan.getId(), application.getId(),
                Decision.APPROVE, ticks, null, null)));
        refusal(EJBAccessException.class, () -> reviews.decide(verifier.getId(), application.getId(), Decision.APPROVE,
                ticks, null, null));
        refusal(EJBAccessException.class, () -> asShopper.call(() -> reviews.queue(null)));
        // The VERIFIER role of the call is not enough: the account must be a verifier too.
        refusal(AccessRefused.class, () -> decide(artisan, application.getId(), Decision.APPROVE, ticks, null, null));
        assertEquals(ApplicationState.SUBMITTED, fresh(Application.class, application.getId()).getState(), "nothing changed");
        assertEquals(ShopStatus.PENDING, fresh(Shop.class, shop.getId()).getStatus());
        // An artisan cannot touch another shop's application either.
        Account stranger = accounts.signUp("stranger-" + marker + "@it.atelier", "Stranger", "stranger's long password");
        asShopper.call(() -> shops.open(stranger.getId(), ShopOwnershipIT.profile("Stranger Studio " + marker)));
        refusal(AccessRefused.class, () -> asShopper.call(() -> applications.saveDraft(stranger.getId(),
                application.getId(), Set.of(BadgeType.HANDMADE), Map.of(), "mine now")));
        refusal(AccessRefused.class, () -> asShopper.call(() -> applications.submit(stranger.getId(), application.getId())));
    }

    @Test
    void suspensionTakesPiecesOffSaleTheArtisanAppealsOnceAndTheVerifierRestoresOrRevokes() throws Exception {
        long listingId = listingIn(shop);
        Application application = submittedHandmade(artisan);
        decide(verifier, application.getId(), Decision.APPROVE, allMet(application.getId()), null, null);
        long badgeId = handmadeOf(shop).getId();
        assertEquals("verify.appeal.notSuspended", refusal(VerificationException.class,
                () -> asShopper.call(() -> applications.startAppeal(artisan.getId(), badgeId))));
        assertEquals("verify.badge.reasonRequired", refusal(VerificationException.class,
                () -> asVerifier.call(() -> reviews.suspend(verifier.getId(), badgeId, null, "why"))));

        asVerifier.call(() -> reviews.suspend(verifier.getId(), badgeId, ReasonCategory.NOT_HANDMADE,
                "Three shoppers reported cast pieces; under review."));
        assertEquals(BadgeState.SUSPENDED, handmadeOf(shop).getState());
        assertEquals(ShopStatus.SUSPENDED, fresh(Shop.class, shop.getId()).getStatus());
        assertTrue(catalog.publicListing(listingId).isEmpty(), "the pieces are off sale");
        assertTrue(verification.validBadges(List.of(shop.getId())).isEmpty(), "no longer shown as valid");
        BadgeEvent suspension = verification.history(shop.getId()).get(0);
        assertEquals(BadgeEventKind.SUSPENDED, suspension.getKind());
        assertEquals("NOT_HANDMADE", suspension.getReasonCategory());
        assertEquals("verify.badge.notValid", refusal(VerificationException.class, () -> asVerifier.call(
                () -> reviews.suspend(verifier.getId(), badgeId, ReasonCategory.OTHER, "twice"))));

        // Another artisan cannot appeal this badge.
        Account stranger = accounts.signUp("other-" + marker + "@it.atelier", "Other", "other's long password");
        asShopper.call(() -> shops.open(stranger.getId(), ShopOwnershipIT.profile("Other Studio " + marker)));
        refusal(AccessRefused.class, () -> asShopper.call(() -> applications.startAppeal(stranger.getId(), badgeId)));

        Application appeal = asShopper.call(() -> applications.startAppeal(artisan.getId(), badgeId));
        asShopper.call(() -> applications.saveDraft(artisan.getId(), appeal.getId(), Set.of(), Map.of(), "New photos of casting-free work."));
        asShopper.call(() -> applications.submit(artisan.getId(), appeal.getId()));
        assertEquals("verify.appeal.once", refusal(VerificationException.class,
                () -> asShopper.call(() -> applications.startAppeal(artisan.getId(), badgeId))));
        assertEquals("verify.review.appealNoChanges", refusal(VerificationException.class,
                () -> decide(verifier, appeal.getId(), Decision.REQUEST_CHANGES, allMet(appeal.getId()), "more", null)));
        decide(verifier, appeal.getId(), Decision.APPROVE, allMet(appeal.getId()), "Convincing.", null);
        assertEquals(BadgeState.VALID, handmadeOf(shop).getState());
        assertEquals(ShopStatus.LIVE, fresh(Shop.class, shop.getId()).getStatus());
        assertTrue(catalog.publicListing(listingId).isPresent(), "back on sale");
        assertEquals(BadgeEventKind.RESTORED, verification.history(shop.getId()).get(0).getKind());

        // Suspended again; this time the appeal fails and the badge is revoked.
        asVerifier.call(() -> reviews.suspend(verifier.getId(), badgeId, ReasonCategory.RESOLD, "Resold findings."));
        Application second = asShopper.call(() -> applications.startAppeal(artisan.getId(), badgeId));
        asShopper.call(() -> applications.submit(artisan.getId(), second.getId()));
        decide(verifier, second.getId(), Decision.REJECT, allMet(second.getId()), "Not convincing.", ReasonCategory.RESOLD);
        assertEquals(BadgeState.REVOKED, handmadeOf(shop).getState());
        assertEquals(ShopStatus.SUSPENDED, fresh(Shop.class, shop.getId()).getStatus());
        assertTrue(catalog.publicListing(listingId).isEmpty());
        BadgeEvent revocation = verification.history(shop.getId()).get(0);
        assertEquals(BadgeEventKind.REVOKED, revocation.getKind());
        assertNull(revocation.getPublicNote(), "the note to the artisan stays private");
        assertEquals(List.of(BadgeEventKind.REVOKED, BadgeEventKind.SUSPENDED, BadgeEventKind.RESTORED,
                        BadgeEventKind.SUSPENDED, BadgeEventKind.GRANTED),
                verification.history(shop.getId()).stream().map(BadgeEvent::getKind).toList());
        assertTrue(shops.verifiedOnce(shop.getSlug()).isPresent(), "the public history stays reachable");
    }

    @Test
    void aSuspendedBadgeLeavesEveryPageAtOnceThoughBadgesAreKeptBetweenPages() throws Exception {
        Instant now = Instant.now();
        Badge[] badges = new Badge[2];
        inTx(() -> {
            Shop s = em.find(Shop.class, shop.getId());
            badges[0] = Badge.grant(s, em.find(BadgeType.class, BadgeType.HANDMADE), now, null);
            badges[1] = Badge.grant(s, em.find(BadgeType.class, "MATERIALS"), now, null);
            em.persist(badges[0]);
            em.persist(badges[1]);
        });
        java.util.function.Supplier<List<String>> shown = () -> badgeCache.get(List.of(shop.getId()))
                .get(shop.getId()).stream().map(market.atelier.verification.BadgeView::code).toList();
        assertEquals(List.of(BadgeType.HANDMADE, "MATERIALS"), shown.get(), "both badges beside the shop's pieces");
        assertEquals(shown.get(), shown.get(), "kept: the same badges for the next page");

        asVerifier.call(() -> reviews.suspend(verifier.getId(), badges[1].getId(), ReasonCategory.OTHER, "check"));
        assertEquals(List.of(BadgeType.HANDMADE), shown.get(), "the suspended badge is gone from the next page");
    }

    @Test
    void theTimerExpiresDueBadgesOnceAndWarnsThirtyDaysAhead() throws Exception {
        Instant now = Instant.now();
        Badge[] badges = new Badge[2];
        inTx(() -> {
            Shop s = em.find(Shop.class, shop.getId());
            badges[0] = Badge.grant(s, em.find(BadgeType.class, BadgeType.HANDMADE),
                    now.atOffset(ZoneOffset.UTC).minusMonths(12).minusDays(1).toInstant(), null);
            badges[1] = Badge.grant(s, em.find(BadgeType.class, "MATERIALS"),
                    now.atOffset(ZoneOffset.UTC).minusMonths(12).plusDays(10).toInstant(), null);
            em.persist(badges[0]);
            em.persist(badges[1]);
        });
        long notices = notifications.unreadCount(artisan.getId());

        // Two servers' timers firing at once: the badge expires once, with one event.
        List<Future<Integer>> runs = List.of(executor.submit(() -> expiry.expireDue(now)),
                executor.submit(() -> expiry.expireDue(now)));
        for (Future<Integer> run : runs) {
            run.get();
        }
        expiry.expireDue(now);
        Badge expired = fresh(Badge.class, badges[0].getId());
        assertEquals(BadgeState.EXPIRED, expired.getState());
        assertEquals(1, expired.getEvents().stream().filter(e -> e.getKind() == BadgeEventKind.EXPIRED).count(),
                "one EXPIRED event, however many runs");
        assertEquals(BadgeState.VALID, fresh(Badge.class, badges[1].getId()).getState(), "not due yet");
        assertTrue(verification.validBadges(List.of(shop.getId())).getOrDefault(shop.getId(), List.of()).stream()
                .noneMatch(b -> b.code().equals(BadgeType.HANDMADE)), "no longer shown as valid");

        expiry.noticeDue(now);
        expiry.noticeDue(now);
        assertNotNull(fresh(Badge.class, badges[1].getId()).getNoticeSentAt());
        assertEquals(notices + 2, notifications.unreadCount(artisan.getId()),
                "one 'expired' notice and one 'expires soon' notice, not more");
    }

    @Test
    void threeDifferentReportersWithinNinetyDaysFlagTheShopOnce() throws Exception {
        inTx(() -> em.find(Shop.class, shop.getId()).setStatus(ShopStatus.LIVE));
        long listingId = listingIn(shop);
        Account[] shoppers = new Account[4];
        for (int i = 0; i < shoppers.length; i++) {
            shoppers[i] = accounts.signUp("reporter" + i + "-" + marker + "@it.atelier", "Reporter " + i, "reporter's long password");
        }
        long flagsBefore = notifications.unreadCount(verifier.getId());

        // An old report (over 90 days) does not count.
        Report old = asShopper.call(() -> reports.report(shoppers[3].getId(), shop.getId(), null, ReportCategory.RESOLD, "Old"));
        inTx(() -> em.createNativeQuery("UPDATE verification_report SET created_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(100))))
                .setParameter(2, old.getId()).executeUpdate());
        asShopper.call(() -> reports.report(shoppers[0].getId(), shop.getId(), listingId, ReportCategory.NOT_HANDMADE, "Cast, not forged"));
        assertEquals("report.already", refusal(VerificationException.class, () -> asShopper.call(
                () -> reports.report(shoppers[0].getId(), shop.getId(), null, ReportCategory.OTHER, "Again"))));
        asShopper.call(() -> reports.report(shoppers[1].getId(), shop.getId(), null, ReportCategory.MATERIALS, "Plated"));
        assertNull(fresh(Shop.class, shop.getId()).getFlaggedAt(), "two reporters in 90 days: no flag");

        asShopper.call(() -> reports.report(shoppers[2].getId(), shop.getId(), listingId, ReportCategory.RESOLD, "Seen on AliExpress"));
        Instant flagged = fresh(Shop.class, shop.getId()).getFlaggedAt();
        assertNotNull(flagged, "three different reporters: flagged");
        assertEquals(ShopStatus.LIVE, fresh(Shop.class, shop.getId()).getStatus(), "it stays live");
        assertEquals(flagsBefore + 1, notifications.unreadCount(verifier.getId()), "verifiers told once");
        asShopper.call(() -> reports.report(shoppers[3].getId(), shop.getId(), null, ReportCategory.OTHER, "Me too"));
        assertEquals(flagged, fresh(Shop.class, shop.getId()).getFlaggedAt(), "flagged once");
        assertEquals(flagsBefore + 1, notifications.unreadCount(verifier.getId()));
        assertTrue(asVerifier.call(() -> reviews.flaggedShops()).stream().anyMatch(s -> s.getId().equals(shop.getId())));

        // Refused: own shop, blank text, anonymous.
        assertEquals("report.ownShop", refusal(VerificationException.class, () -> asShopper.call(
                () -> reports.report(artisan.getId(), shop.getId(), null, ReportCategory.OTHER, "me"))));
        assertEquals("report.textRequired", refusal(VerificationException.class, () -> asShopper.call(
                () -> reports.report(shoppers[1].getId(), shop.getId(), listingId, ReportCategory.OTHER, "  "))));
        refusal(EJBAccessException.class, () -> reports.report(shoppers[1].getId(), shop.getId(), null, ReportCategory.OTHER, "x"));

        // Re-review done: the flag clears with the open reports.
        asVerifier.call(() -> {
            reviews.clearFlag(verifier.getId(), shop.getId());
            return null;
        });
        assertNull(fresh(Shop.class, shop.getId()).getFlaggedAt());
        assertTrue(asVerifier.call(() -> reviews.openReports()).stream().noneMatch(r -> r.getShop().getId().equals(shop.getId())));
    }
}
