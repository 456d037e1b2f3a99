package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.account.Role;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingDraft;
import market.atelier.catalog.ListingService;
import market.atelier.catalog.search.IndexFeed;
import market.atelier.catalog.search.SearchIndex;
import market.atelier.catalog.search.SearchQuery;
import market.atelier.catalog.search.SearchResult;
import market.atelier.catalog.search.SearchResult.FacetCount;
import market.atelier.catalog.search.SearchService;
import market.atelier.shared.MediaStore;
import market.atelier.shared.MediaStore.StoredImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeExpiry;
import market.atelier.verification.BadgeType;
import market.atelier.verification.ReasonCategory;
import market.atelier.verification.ReviewService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search index stays in step with the database (a listing published, changed, sold out, archived; a shop's
 * badge expiring or suspended), stems English and German, corrects a misspelling, counts facets (filter-only counts
 * are cached and follow changes), and rebuilds while answering searches.
 * Every listing carries a marker word (with digits, so it is never "corrected") to keep tests apart.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(SearchIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                AsVerifier.class, ShopOwnershipIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private ShopService shops;

    @Inject
    private ListingService listings;

    @Inject
    private SearchService search;

    @Inject
    private SearchIndex index;

    @Inject
    private IndexFeed feed;

    @Inject
    private ReviewService reviews;

    @Inject
    private BadgeExpiry expiry;

    @Inject
    private AsShopper asShopper;

    @Inject
    private AsVerifier asVerifier;

    @Resource
    private UserTransaction tx;

    @PersistenceContext
    private EntityManager em;

    private String marker;
    private Account artisan;
    private Shop shop;
    private long badgeId;

    @BeforeEach
    void aLiveVerifiedShop() throws Exception {
        marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        artisan = accounts.signUp("searcher-" + marker + "@it.atelier", "Sasha", "sasha's long password");
        shop = asShopper.call(() -> shops.open(artisan.getId(), ShopOwnershipIT.profile("Search Studio " + marker)));
        tx.begin();
        Shop s = em.find(Shop.class, shop.getId());
        s.setStatus(ShopStatus.LIVE);
        Badge badge = Badge.grant(s, em.find(BadgeType.class, BadgeType.HANDMADE),
                Instant.now().atOffset(ZoneOffset.UTC).minusMonths(11).toInstant(), null);
        em.persist(badge);
        tx.commit();
        badgeId = badge.getId();
    }

    private ListingDraft draft(String title, String material, boolean oneOfAKind, int stock) {
        ListingDraft draft = new ListingDraft();
        draft.setTitle(title);
        draft.setCategoryCode("rings");
        draft.setPrice(new BigDecimal("80.00"));
        draft.setDescription("Made at the bench, " + marker + ".");
        draft.setStock(stock);
        draft.setOneOfAKind(oneOfAKind);
        draft.getMaterials().add(material);
        draft.getTechniques().add("hand forging");
        return draft;
    }

    private long published(ListingDraft draft) throws Exception {
        Listing listing = asShopper.call(() -> listings.create(artisan.getId(), draft));
        asShopper.call(() -> listings.addPhoto(artisan.getId(), listing.getId(),
                photo(), "A ring"));
        asShopper.call(() -> listings.publish(artisan.getId(), listing.getId()));
        return listing.getId();
    }

    /** A real stored photo: test pieces appear on the home page too, and must not show a broken image there. */
    private static StoredImage photo() throws Exception {
        BufferedImage image = new BufferedImage(400, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC9B79C));
        g.fillRect(0, 0, 400, 500);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return MediaStore.inDataDir().store(new ByteArrayInputStream(out.toByteArray()), out.size());
    }

    private SearchResult find(String... params) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return search.search(SearchQuery.from(map::get));
    }

    @Test
    void aListingIsFoundOnceItIsPublicAndNoLongerWhenSoldOutOrArchived() throws Exception {
        Listing draft = asShopper.call(() -> listings.create(artisan.getId(), draft("Draft band", "925 silver", false, 2)));
        assertEquals(0, find("q", marker).total(), "a draft is not searchable");

        long id = published(draft("Hammered band", "925 silver", false, 2));
        assertEquals(List.of(id), find("q", marker).ids(), "published: found at once");

        asShopper.call(() -> listings.update(artisan.getId(), id, draft("Forged torque", "925 silver", false, 2)));
        assertEquals(List.of(id), find("q", "torque " + marker).ids(), "the new title is found");
        assertEquals(0, find("q", "hammered " + marker).total(), "the old title is not");

        asShopper.call(() -> listings.update(artisan.getId(), id, draft("Forged torque", "925 silver", false, 0)));
        assertEquals(0, find("q", marker).total(), "sold out: out of search");
        asShopper.call(() -> listings.update(artisan.getId(), id, draft("Forged torque", "925 silver", false, 1)));
        assertEquals(1, find("q", marker).total(), "back in stock: back in search");

        asShopper.call(() -> listings.archive(artisan.getId(), id));
        assertEquals(0, find("q", marker).total(), "archived: out of search");
    }

    @Test
    void aShopsBadgeChangesWhatSearchShows() throws Exception {
        long id = published(draft("Granulated ring", "18k gold", true, 1));
        assertEquals(List.of(id), find("q", marker, "verified", "true").ids(), "verified maker");

        // The Handmade badge expires: still for sale, no longer "verified".
        tx.begin();
        em.find(Badge.class, badgeId);
        em.createNativeQuery("UPDATE badge SET expires_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
                .setParameter(2, badgeId).executeUpdate();
        tx.commit();
        expiry.expireDue(Instant.now());
        assertEquals(0, find("q", marker, "verified", "true").total(), "expired: not in the verified filter");
        assertEquals(1, find("q", marker).total(), "but still for sale");

        // A valid badge suspended takes the shop's pieces out of search.
        Account verifier = accounts.signUp("v-" + marker + "@it.atelier", "V", "verifier's long password");
        tx.begin();
        em.find(Account.class, verifier.getId()).grant(Role.VERIFIER);
        Badge renewed = Badge.grant(em.find(Shop.class, shop.getId()), em.find(BadgeType.class, "MATERIALS"),
                Instant.now(), null);
        em.persist(renewed);
        tx.commit();
        asVerifier.call(() -> reviews.suspend(verifier.getId(), renewed.getId(), ReasonCategory.OTHER, "check"));
        assertEquals(1, find("q", marker).total(), "suspending another badge leaves the pieces on sale");
        tx.begin();
        em.createNativeQuery("UPDATE badge SET state = 'VALID', expires_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().plusSeconds(86_400)))
                .setParameter(2, badgeId).executeUpdate();
        tx.commit();
        asVerifier.call(() -> reviews.suspend(verifier.getId(), badgeId, ReasonCategory.NOT_HANDMADE, "check"));
        assertEquals(0, find("q", marker).total(), "Handmade suspended: out of search");
    }

    @Test
    void stemsEnglishAndGermanCorrectsSpellingAndCountsFacets() throws Exception {
        long necklaces = published(draft("Silver necklaces " + marker, "925 silver", true, 1));
        long rings = published(draft("Silberne Ringe " + marker, "18k gold", false, 3));

        assertEquals(List.of(necklaces), find("q", "necklace " + marker).ids(), "necklaces → necklace");
        assertEquals(List.of(rings), find("q", "ring " + marker).ids(), "Ringe → ring");
        SearchResult typo = find("q", "neckless " + marker);
        assertEquals(List.of(necklaces), typo.ids(), "neckless → necklace(s)");
        assertTrue(typo.correctedQ().startsWith("necklace"), typo.correctedQ());
        assertNull(find("q", "necklace " + marker).correctedQ(), "a known word is not corrected");

        SearchResult all = find("q", marker, "sort", "price_asc");
        assertEquals(2, all.total());
        assertEquals(1, all.facet("oneOfAKind").stream().filter(f -> f.value().equals("true")).findFirst()
                .orElseThrow().count());
        assertEquals(1, all.facet("material").stream().filter(f -> f.value().equals("18k gold")).findFirst()
                .orElseThrow().count());
        assertEquals(List.of(necklaces), find("q", marker, "oneOfAKind", "true").ids());
        assertEquals(List.of(rings), find("q", marker, "material", "18K Gold").ids(), "filters ignore case");
        assertEquals(0, find("q", marker, "maxPrice", "79.99").total());
        assertEquals(2, find("q", marker, "minPrice", "80", "maxPrice", "80").total());
        assertEquals(0, find("q", marker, "minRating", "4").total(), "no ratings yet: nothing claims one");
        assertEquals(2, find("q", marker, "page", "abc", "sort", "bogus", "minPrice", "-3").total(),
                "unreadable parameters are ignored");
    }

    @Test
    void theIndexRebuildsFromTheDatabase() throws Exception {
        long id = published(draft("Rebuilt ring", "925 silver", true, 1));
        assertEquals(feed.searchableCount(), index.rebuild(), "every searchable listing is indexed");
        assertEquals(List.of(id), find("q", marker).ids());
    }

    @Test
    void whileTheIndexRebuildsSearchesAnswerFromTheCurrentOneAndAChangeMeanwhileIsKept() throws Exception {
        long id = published(draft("Hammered band", "925 silver", true, 1));
        Map<String, SearchResult> during = new HashMap<>();
        long indexed = index.rebuild(count -> {
            if (during.isEmpty()) { // after the first batch of the new index, before it takes over
                during.put("before the change", find("q", marker));
                try {
                    asShopper.call(() -> listings.update(artisan.getId(), id, draft("Forged torque", "925 silver",
                            true, 1)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                during.put("after the change", find("q", "torque " + marker));
            }
        });
        assertEquals(List.of(id), during.get("before the change").ids(), "answered from the current index");
        assertFalse(during.get("before the change").partial(), "the current index is complete");
        assertEquals(List.of(id), during.get("after the change").ids(), "a change is searchable at once");
        assertEquals(feed.searchableCount(), indexed, "the new index holds every searchable listing once");
        assertEquals(List.of(id), find("q", "torque " + marker).ids(), "the change made during the rebuild is kept");
        assertEquals(0, find("q", "hammered " + marker).total(), "and the old title is gone");
    }

    @Test
    void withNoIndexSearchesAnswerFromWhatIsIndexedSoFarNewestFirstAndSaySo() throws Exception {
        long id = published(draft("Newest ring", "925 silver", true, 1));
        Map<String, SearchResult> during = new HashMap<>();
        index.rebuildFromNothing(count -> during.putIfAbsent("first batch", find("q", marker)));
        assertTrue(during.get("first batch").partial(), "the page says some pieces cannot be found yet");
        assertEquals(List.of(id), during.get("first batch").ids(), "the newest pieces are findable first");
        SearchResult after = find("q", marker);
        assertFalse(after.partial(), "complete again");
        assertEquals(List.of(id), after.ids());
    }

    @Test
    void countsOfAFilterOnlySearchFollowAChangeToAListing() throws Exception {
        String material = marker + " gold";
        long id = published(draft("Cast ring", material, true, 1));
        SearchResult first = find("material", material);
        assertEquals(1, first.total());
        assertFalse(first.bounded(), "a filter-only search counts exactly");
        assertEquals(List.of(new FacetCount("true", 1)), first.facet("oneOfAKind"));
        assertEquals(first.facet("oneOfAKind"), find("material", material).facet("oneOfAKind"), "asked again");

        asShopper.call(() -> listings.update(artisan.getId(), id, draft("Cast ring", material, false, 1)));
        assertEquals(List.of(new FacetCount("false", 1)), find("material", material).facet("oneOfAKind"),
                "the counts kept for this filter are dropped when the index changes");
        asShopper.call(() -> listings.archive(artisan.getId(), id));
        assertEquals(0, find("material", material).total(), "archived: nothing left to count");
    }
}
