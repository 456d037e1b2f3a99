package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.account.Role;
import market.atelier.catalog.Category;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.CategoryCount;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingDraft;
import market.atelier.catalog.ListingException;
import market.atelier.catalog.ListingService;
import market.atelier.catalog.ListingStatus;
import market.atelier.catalog.web.Categories;
import market.atelier.admin.AccountAdmin;
import market.atelier.admin.AdminException;
import market.atelier.admin.AuditSearch;
import market.atelier.admin.CategoryAdmin;
import market.atelier.admin.MarketFigures;
import market.atelier.messaging.PageClient;
import market.atelier.order.LedgerService;
import market.atelier.shared.AuditEntry;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.Application;
import market.atelier.verification.ApplicationItem;
import market.atelier.verification.ApplicationService;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeType;
import market.atelier.verification.Decision;
import market.atelier.verification.ReasonCategory;
import market.atelier.verification.ReviewService;
import market.atelier.verification.ReviewService.Tick;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin back office's services: never without an admin (two admins removing each other at the same moment leave
 * one), suspension (refused at sign-in with a clear message only after the right password, open sessions ended, the
 * shop off sale), categories (retired ones hidden from the editor and the browse filters, kept by their listings) and
 * an audit entry for every admin and verifier action, written in the action's transaction.
 */
@ExtendWith(ArquillianExtension.class)
class AdminIT {

    private static final String PASSWORD = "a long admin test phrase";
    private static final String PHOTO = "0123456789abcdef0123456789abcdef";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(AdminIT.class, AsAdmin.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                AsVerifier.class, Fixtures.class, PageClient.class, ShopOwnershipIT.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private AccountAdmin accountAdmin;

    @Inject
    private CategoryAdmin categoryAdmin;

    @Inject
    private AuditSearch auditSearch;

    @Inject
    private AccountService accounts;

    @Inject
    private ListingService listings;

    @Inject
    private CatalogService catalog;

    @Inject
    private Categories categories;

    @Inject
    private LedgerService ledger;

    @Inject
    private ApplicationService applications;

    @Inject
    private ReviewService reviews;

    @Inject
    private market.atelier.shop.ShopService shops;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsShopper asShopper;

    @Inject
    private AsVerifier asVerifier;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    @PersistenceContext
    private EntityManager em;

    private String marker;

    @BeforeEach
    void aMarker() {
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    private Account signedUp(String who) {
        return accounts.signUp(who + "-" + marker + "@it.atelier", "Zoë " + who + " " + marker, PASSWORD);
    }

    private Account admin(String who) throws Exception {
        Account account = signedUp(who);
        inTx(() -> em.find(Account.class, account.getId()).grant(Role.ADMIN));
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

    private Account fresh(long id) {
        em.clear();
        return em.find(Account.class, id);
    }

    private List<AuditEntry> audit(String action, Object subjectId) {
        return auditSearchAs(new AuditSearch.Filter(null, action, null, null)).stream()
                .filter(e -> e.getSubjectId().equals(String.valueOf(subjectId))).toList();
    }

    private List<AuditEntry> auditSearchAs(AuditSearch.Filter filter) {
        try {
            return asAdmin.call(() -> auditSearch.entries(filter, 0, 200));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String someClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /**
     * Runs {@code work} while the given accounts are the only active admins: every other admin's ADMIN role is taken
     * away by SQL for the duration (test classes run one after another) and given back afterwards.
     */
    private void onlyAdmins(Set<Long> admins, ThrowingRunnable work) throws Exception {
        List<Long> others = new ArrayList<>();
        inTx(() -> {
            for (Object id : em.createNativeQuery("SELECT account_id FROM account_role WHERE role = 'ADMIN'")
                    .getResultList()) {
                long accountId = ((Number) id).longValue();
                if (!admins.contains(accountId)) {
                    others.add(accountId);
                }
            }
            others.forEach(id -> em.createNativeQuery("DELETE FROM account_role WHERE account_id = ?1 AND role = 'ADMIN'")
                    .setParameter(1, id).executeUpdate());
        });
        try {
            work.run();
        } finally {
            inTx(() -> others.forEach(id -> em.createNativeQuery("INSERT INTO account_role (account_id, role)"
                    + " VALUES (?1, 'ADMIN')").setParameter(1, id).executeUpdate()));
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static boolean activeAdmin(Account account) {
        return account.hasRole(Role.ADMIN) && !account.isSuspended();
    }

    // ---- the last admin -------------------------------------------------------------------------------------

    @Test
    void twoAdminsRemovingEachOtherAtTheSameMomentLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 6; round++) {
            marker = UUID.randomUUID().toString().substring(0, 8);
            Account a = admin("ada");
            Account b = admin("bea");
            boolean suspend = round % 2 == 1; // demote each other, or suspend each other
            onlyAdmins(Set.of(a.getId(), b.getId()), () -> {
                CountDownLatch start = new CountDownLatch(1);
                Callable<Boolean> aOnB = () -> remove(start, a, b, suspend);
                Callable<Boolean> bOnA = () -> remove(start, b, a, suspend);
                Future<Boolean> first = executor.submit(aOnB);
                Future<Boolean> second = executor.submit(bOnA);
                start.countDown();
                int succeeded = (first.get() ? 1 : 0) + (second.get() ? 1 : 0);
                assertEquals(1, succeeded, "exactly one of the two removals goes through");
                int left = (activeAdmin(fresh(a.getId())) ? 1 : 0) + (activeAdmin(fresh(b.getId())) ? 1 : 0);
                assertEquals(1, left, "one active admin is left");
            });
        }
    }

    /** One admin removes the other; false when refused (the last admin, or the actor is no admin any more). */
    private boolean remove(CountDownLatch start, Account actor, Account target, boolean suspend) throws Exception {
        start.await();
        try {
            asAdmin.run(() -> {
                if (suspend) {
                    accountAdmin.suspend(actor.getId(), target.getId(), "race " + marker);
                } else {
                    accountAdmin.revoke(actor.getId(), target.getId(), Role.ADMIN);
                }
            });
            return true;
        } catch (AdminException | market.atelier.shared.AccessRefused e) {
            return false;
        }
    }

    @Test
    void theLastAdminCannotDemoteThemselfNorBeSuspendedAndNobodySuspendsThemself() throws Exception {
        Account only = admin("only");
        Account other = signedUp("other");
        onlyAdmins(Set.of(only.getId()), () -> {
            AdminException demote = assertThrows(AdminException.class,
                    () -> asAdmin.run(() -> accountAdmin.revoke(only.getId(), only.getId(), Role.ADMIN)));
            assertEquals("admin.accounts.error.lastAdmin", demote.getMessageKey());
            assertTrue(fresh(only.getId()).hasRole(Role.ADMIN));
            AdminException self = assertThrows(AdminException.class,
                    () -> asAdmin.run(() -> accountAdmin.suspend(only.getId(), only.getId(), "tired")));
            assertEquals("admin.accounts.error.suspendSelf", self.getMessageKey());
            // With a second admin the first may step down.
            asAdmin.run(() -> accountAdmin.grant(only.getId(), other.getId(), Role.ADMIN));
            asAdmin.run(() -> accountAdmin.revoke(only.getId(), only.getId(), Role.ADMIN));
            assertFalse(fresh(only.getId()).hasRole(Role.ADMIN));
            assertTrue(fresh(other.getId()).hasRole(Role.ADMIN));
        });
    }

    @Test
    void aSuspensionNeedsAReasonAndOnlyVerifierAndAdminCanBeGranted() throws Exception {
        Account admin = admin("boss");
        Account target = signedUp("target");
        AdminException blank = assertThrows(AdminException.class,
                () -> asAdmin.run(() -> accountAdmin.suspend(admin.getId(), target.getId(), "  ")));
        assertEquals("admin.accounts.error.reasonRequired", blank.getMessageKey());
        assertFalse(fresh(target.getId()).isSuspended());
        assertThrows(market.atelier.shared.AccessRefused.class,
                () -> asAdmin.run(() -> accountAdmin.grant(admin.getId(), target.getId(), Role.ARTISAN)));
        assertThrows(market.atelier.shared.AccessRefused.class,
                () -> asAdmin.run(() -> accountAdmin.suspend(target.getId(), admin.getId(), "not an admin")),
                "the acting account must be an admin in the database");
    }

    // ---- suspension -----------------------------------------------------------------------------------------

    @Test
    void aSuspendedAccountIsRefusedAtSignInItsSessionEndsAndItsShopIsOffSale() throws Exception {
        Account admin = admin("judge");
        Account seller = signedUp("seller");
        Shop shop = asShopper.call(() -> shops.open(seller.getId(),
                ShopOwnershipIT.profile("Suspended Studio " + marker)));
        inTx(() -> em.find(Shop.class, shop.getId()).setStatus(ShopStatus.LIVE));
        inTx(() -> em.persist(Badge.grant(em.find(Shop.class, shop.getId()), em.find(BadgeType.class,
                BadgeType.HANDMADE), Instant.now(), null)));
        PageClient open = PageClient.signedIn(base, seller.getEmail(), PASSWORD).from(someClient());
        assertEquals(200, open.get("/account/orders").statusCode(), "signed in before the suspension");

        asAdmin.run(() -> accountAdmin.suspend(admin.getId(), seller.getId(), "Fake hallmarks – see report"));

        HttpResponse<String> next = open.get("/account/orders");
        assertEquals(3, next.statusCode() / 100, "the open session is ended at once");
        assertTrue(open.follow(next).headers().firstValue("Location").orElse("").contains("/login"),
                "and asked to sign in");
        em.clear();
        assertEquals(ShopStatus.SUSPENDED, em.find(Shop.class, shop.getId()).getStatus(), "the shop is off sale");

        HttpResponse<String> right = PageClient.anonymous(base).from(someClient()).signIn(seller.getEmail(), PASSWORD);
        assertEquals(200, right.statusCode(), "no sign-in");
        assertTrue(right.body().contains("This account is suspended"), right.body());
        HttpResponse<String> wrong = PageClient.anonymous(base).from(someClient())
                .signIn(seller.getEmail(), "not the password at all");
        assertFalse(wrong.body().contains("suspended"), "a wrong password learns nothing about the account");
        assertTrue(wrong.body().contains("do not match an account"));

        asAdmin.run(() -> accountAdmin.unsuspend(admin.getId(), seller.getId(), "Hallmarks checked"));
        em.clear();
        assertEquals(ShopStatus.LIVE, em.find(Shop.class, shop.getId()).getStatus(), "back on sale");
        assertEquals(302, PageClient.anonymous(base).from(someClient()).signIn(seller.getEmail(), PASSWORD)
                .statusCode(), "signs in again");

        List<AuditEntry> suspended = audit("account.suspend", seller.getId());
        assertEquals(1, suspended.size());
        assertEquals("Fake hallmarks – see report", suspended.get(0).getReason());
        assertEquals(admin.getId(), suspended.get(0).getActorId());
        assertEquals(admin.getDisplayName(), suspended.get(0).getActorName());
        assertEquals("active", suspended.get(0).getBefore());
        assertEquals("suspended", suspended.get(0).getAfter());
        assertEquals(1, audit("account.unsuspend", seller.getId()).size());
    }

    // ---- categories -----------------------------------------------------------------------------------------

    @Test
    void aRetiredCategoryIsHiddenFromTheEditorAndTheFiltersButItsListingsKeepIt() throws Exception {
        Account admin = admin("curator");
        String code = "hair-" + marker;
        String en = "Hair pins – Größe ł é " + marker;
        asAdmin.call(() -> categoryAdmin.add(admin.getId(), code, en, "Haarnadeln – Größe ł é " + marker));
        assertTrue(categories.isOffered(code), "offered once added");
        assertTrue(listings.categories(null).stream().anyMatch(c -> c.getCode().equals(code)));

        Account maker = signedUp("maker");
        Shop shop = asShopper.call(() -> shops.open(maker.getId(),
                ShopOwnershipIT.profile("Pin Studio " + marker)));
        Listing[] listing = new Listing[1];
        inTx(() -> {
            Shop live = em.find(Shop.class, shop.getId());
            live.setStatus(ShopStatus.LIVE);
            listing[0] = new Listing(live, "Silver pin " + marker, em.find(Category.class, code), Money.euros(3000),
                    Instant.now());
            listing[0].setStatus(ListingStatus.ACTIVE);
            em.persist(listing[0]);
        });

        asAdmin.call(() -> categoryAdmin.retire(admin.getId(), code, true));
        assertFalse(categories.isOffered(code), "not a browse filter");
        assertTrue(categories.all().stream().anyMatch(c -> c.getCode().equals(code)), "its name is still known");
        assertFalse(catalog.categoryCounts().stream().map(CategoryCount::category).anyMatch(c -> c.getCode().equals(code)),
                "not among the home page's category chips");
        assertFalse(listings.categories(null).stream().anyMatch(c -> c.getCode().equals(code)),
                "not offered to a new listing");
        assertTrue(listings.categories(code).stream().anyMatch(c -> c.getCode().equals(code)),
                "but offered to the listing that has it");
        em.clear();
        assertEquals(code, em.find(Listing.class, listing[0].getId()).getCategory().getCode(), "the listing keeps it");

        ListingDraft draft = new ListingDraft();
        draft.setTitle("Another pin " + marker);
        draft.setCategoryCode(code);
        ListingException refused = assertThrows(ListingException.class,
                () -> asShopper.call(() -> listings.create(maker.getId(), draft)));
        assertEquals("listing.category.unknown", refused.getMessageKey());

        asAdmin.call(() -> categoryAdmin.retire(admin.getId(), code, false));
        assertTrue(categories.isOffered(code), "offered again");
        assertEquals(1, audit("category.add", code).size());
        assertEquals(1, audit("category.retire", code).size());
        assertEquals(1, audit("category.unretire", code).size());
    }

    @Test
    void categoryInputIsCheckedWithClearMessages() throws Exception {
        Account admin = admin("checker");
        String code = "anklets-" + marker;
        asAdmin.call(() -> categoryAdmin.add(admin.getId(), code, "Anklets " + marker, "Fußkettchen " + marker));
        Map<String, Callable<?>> refused = new HashMap<>();
        refused.put("admin.categories.error.codeTaken",
                () -> categoryAdmin.add(admin.getId(), code, "Other " + marker, "Andere " + marker));
        refused.put("admin.categories.error.nameTaken",
                () -> categoryAdmin.add(admin.getId(), "x-" + marker, "ANKLETS " + marker, "Neu " + marker));
        refused.put("admin.categories.error.nameRequired",
                () -> categoryAdmin.add(admin.getId(), "y-" + marker, " ", "Neu " + marker));
        refused.put("admin.categories.error.codeInvalid",
                () -> categoryAdmin.add(admin.getId(), "Bad Slug", "Bad " + marker, "Schlecht " + marker));
        refused.put("admin.categories.error.nameRequired ",
                () -> categoryAdmin.rename(admin.getId(), code, "Anklets " + marker, ""));
        for (Map.Entry<String, Callable<?>> each : refused.entrySet()) {
            AdminException e = assertThrows(AdminException.class, () -> asAdmin.call(each.getValue()));
            assertEquals(each.getKey().strip(), e.getMessageKey());
        }
        asAdmin.call(() -> categoryAdmin.rename(admin.getId(), code, "Ankle chains " + marker, "Fußketten " + marker));
        em.clear();
        assertEquals("Fußketten " + marker, em.find(Category.class, code).name(java.util.Locale.GERMAN));
        List<AuditEntry> renamed = audit("category.rename", code);
        assertEquals(1, renamed.size());
        assertEquals("Anklets " + marker + " / Fußkettchen " + marker, renamed.get(0).getBefore());
        assertEquals("Ankle chains " + marker + " / Fußketten " + marker, renamed.get(0).getAfter());
    }

    // ---- the audit log --------------------------------------------------------------------------------------

    @Test
    void everyAdminAndVerifierActionIsAudited() throws Exception {
        Account admin = admin("auditor");
        Account target = signedUp("roles");
        asAdmin.run(() -> accountAdmin.grant(admin.getId(), target.getId(), Role.VERIFIER));
        asAdmin.run(() -> accountAdmin.revoke(admin.getId(), target.getId(), Role.VERIFIER));
        List<AuditEntry> granted = audit("account.grant", target.getId());
        assertEquals(1, granted.size());
        assertEquals("[SHOPPER]", granted.get(0).getBefore());
        assertEquals("[SHOPPER, VERIFIER]", granted.get(0).getAfter());
        assertEquals(1, audit("account.revoke", target.getId()).size());
        assertTrue(fresh(target.getId()).getSessionGeneration() >= 2, "each role change ends the sessions");

        int commission = asShopper.call(() -> ledger.commission());
        asAdmin.run(() -> ledger.setCommission(admin.getId(), commission == 1234 ? 1235 : 1234));
        asAdmin.run(() -> ledger.setCommission(admin.getId(), commission));
        List<AuditEntry> commissions = audit("commission.set", "commission_bp").stream()
                .filter(e -> admin.getId().equals(e.getActorId())).toList();
        assertEquals(2, commissions.size(), "both changes");

        // A verifier's decision on an application, in the same transaction as the decision.
        Account verifier = signedUp("verifier");
        inTx(() -> em.find(Account.class, verifier.getId()).grant(Role.VERIFIER));
        Account artisan = signedUp("artisan");
        asShopper.call(() -> shops.open(artisan.getId(), ShopOwnershipIT.profile("Audit Studio " + marker)));
        Application draft = asShopper.call(() -> applications.startDraft(artisan.getId(), Set.of(BadgeType.HANDMADE)));
        for (ApplicationItem item : draft.getItems()) {
            long criterion = item.getCriterion().getId();
            int photos = Math.max(1, item.getCriterion().getMinPhotos()) - item.getPhotoKeys().size();
            for (int i = 0; i < photos; i++) {
                asShopper.call(() -> applications.addPhoto(artisan.getId(), draft.getId(), criterion, PHOTO));
            }
        }
        asShopper.call(() -> applications.submit(artisan.getId(), draft.getId()));
        em.clear();
        Map<Long, Tick> ticks = new HashMap<>();
        em.find(Application.class, draft.getId()).getItems().forEach(item -> ticks.put(item.getId(), new Tick(true, "seen")));
        asVerifier.call(() -> reviews.decide(verifier.getId(), draft.getId(), Decision.APPROVE, ticks, "Lovely work", null));
        List<AuditEntry> approved = audit("application.approve", draft.getId());
        assertEquals(1, approved.size());
        assertEquals(verifier.getId(), approved.get(0).getActorId());
        assertEquals("SUBMITTED", approved.get(0).getBefore());
        assertEquals("APPROVED", approved.get(0).getAfter());
        em.clear();
        Badge badge = em.createQuery("SELECT b FROM Badge b WHERE b.shop.owner.id = :owner", Badge.class)
                .setParameter("owner", artisan.getId()).getSingleResult();
        assertEquals(1, audit("badge.grant", badge.getId()).size());

        asVerifier.call(() -> reviews.suspend(verifier.getId(), badge.getId(), ReasonCategory.values()[0], "Check"));
        List<AuditEntry> suspended = audit("badge.suspend", badge.getId());
        assertEquals(1, suspended.size());
        assertEquals("VALID", suspended.get(0).getBefore());
        assertEquals("SUSPENDED", suspended.get(0).getAfter());

        // A refused action writes nothing: the entry is in the action's transaction.
        assertThrows(Exception.class, () -> asVerifier.call(() -> reviews.suspend(verifier.getId(), badge.getId(),
                null, "no reason")));
        assertEquals(1, audit("badge.suspend", badge.getId()).size());

        // The log's filters: by actor (name or id), action and date range.
        assertTrue(auditSearchAs(new AuditSearch.Filter(verifier.getDisplayName(), null, null, null)).size() >= 3);
        assertTrue(auditSearchAs(new AuditSearch.Filter(String.valueOf(verifier.getId()), "badge.suspend", null, null))
                .stream().allMatch(e -> e.getAction().equals("badge.suspend")));
        assertEquals(0, auditSearchAs(new AuditSearch.Filter(verifier.getDisplayName(), null,
                Instant.now().plusSeconds(86_400), null)).size());
        List<AuditEntry> newestFirst = auditSearchAs(new AuditSearch.Filter(admin.getDisplayName(), null, null, null));
        for (int i = 1; i < newestFirst.size(); i++) {
            assertFalse(newestFirst.get(i).getAt().isAfter(newestFirst.get(i - 1).getAt()), "newest first");
        }
    }

    @Test
    void theOverviewCountsInAFewAggregateQueries() throws Exception {
        MarketFigures.Figures figures = asAdmin.call(() -> marketFigures.figures(Instant.now()));
        assertEquals(MarketFigures.DAYS, figures.days().size());
        assertTrue(figures.orders() >= figures.ordersRecent());
        assertEquals(figures.ordersRecent(), figures.days().stream().mapToLong(MarketFigures.Day::orders).sum());
        assertEquals(figures.gmvRecentMinor(), figures.days().stream().mapToLong(MarketFigures.Day::gmvMinor).sum());
    }

    @Inject
    private MarketFigures marketFigures;
}
