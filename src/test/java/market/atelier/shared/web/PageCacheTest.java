package market.atelier.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import market.atelier.shared.web.PageStore.Page;
import org.junit.jupiter.api.Test;

/** Which address a public page is kept under, and how much memory the kept pages may take. */
class PageCacheTest {

    private static PageKey key(String path, String... nameValues) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.merge(nameValues[i], new String[] {nameValues[i + 1]}, (a, b) -> new String[] {a[0], b[0]});
            query.append(query.length() == 0 ? "" : "&").append(nameValues[i]).append('=').append(nameValues[i + 1]);
        }
        return PageKey.of(path, nameValues.length == 0 ? null : query.toString(), parameters);
    }

    @Test
    void parametersAPageDoesNotReadShareThePagesEntryAndMakeNoneOfTheirOwn() {
        assertEquals(new PageKey("/", true), key("/"));
        assertEquals(new PageKey("/", false), key("/", "x", "1"));
        assertEquals(new PageKey("/", false), key("/", "x", "2"));
        assertEquals(new PageKey("/search?q=ring", false), key("/search", "q", "ring", "utm_source", "Zoë"));
        assertEquals(new PageKey("/compare?shops=a%2Cb", false), key("/compare", "shops", "a,b", "q", "x"));
    }

    @Test
    void theSameSearchInAnotherOrderOrWithEmptyFieldsIsOneEntry() {
        PageKey search = key("/search", "q", "Kraków ß – ring", "category", "rings", "verified", "true");
        assertTrue(search.exact());
        assertEquals(search, key("/search", "verified", "true", "category", "rings", "q", "Kraków ß – ring"));
        PageKey withEmpty = key("/search", "q", "Kraków ß – ring", "category", "rings", "material", "",
                "verified", "true");
        assertEquals(search.address(), withEmpty.address());
        assertFalse(withEmpty.exact(), "an empty field is answered from the entry, never stored as its own");
        assertFalse(key("/search", "q", "a", "q", "b").exact(), "a repeated parameter is never stored");
        assertEquals("/search?category=rings&q=Krak%C3%B3w+%C3%9F+%E2%80%93+ring&verified=true", search.address());
    }

    @Test
    void aListingIsOneEntryWhateverTitleFollowsItsIdAndShopsKeepTheirReviewFilters() {
        assertEquals(key("/listings/42"), key("/listings/42/silver-ring"));
        assertEquals("/listings/42", key("/listings/42/anything-at-all").address());
        assertEquals(new PageKey("/listings/42?aspect=craftsmanship&score=5", true),
                key("/listings/42/ring", "score", "5", "aspect", "craftsmanship"));
        assertEquals(new PageKey("/shops/oficina-mare?page=2&score=4", false),
                key("/shops/oficina-mare", "score", "4", "page", "2", "junk", "1"));
        assertEquals(new PageKey("/shops/oficina-mare/verification", false),
                key("/shops/oficina-mare/verification", "page", "2"));
    }

    @Test
    void aVeryLongAddressIsNeverStored() {
        assertFalse(key("/search", "q", "ö".repeat(PageKey.MAX_QUERY)).exact());
    }

    private static Page page(int bytes) {
        return new Page(0, Long.MAX_VALUE, "text/html", new byte[bytes]);
    }

    @Test
    void keptPagesNeverTakeMoreThanTheBudgetAndTheLeastRecentlyUsedGoFirst() {
        long budget = 32L << 20;
        PageStore store = new PageStore(budget);
        store.put("/|en", page(115 * 1024));
        for (int i = 0; i < 5_000; i++) {
            store.put("/search?q=" + i + "|en", page(115 * 1024));
            if (i % 100 == 0) {
                assertNotNull(store.get("/|en"), "a page in use stays");
            }
            assertTrue(store.bytes() <= budget, "within the budget after " + i + " pages: " + store.bytes());
        }
        assertTrue(store.size() < 300, "32 MB hold fewer than 300 pages of 115 KB: " + store.size());
        assertNull(store.get("/search?q=0|en"), "the oldest, unused, went first");
        assertNotNull(store.get("/|en"));
        assertNotNull(store.get("/search?q=4999|en"));
    }

    @Test
    void replacingAPageCountsOnlyItsNewSizeAndAPageLargerThanTheBudgetIsNotKept() {
        PageStore store = new PageStore(1 << 20);
        store.put("/|en", page(100_000));
        store.put("/|en", page(50_000));
        assertEquals(1, store.size());
        assertEquals(PageStore.cost("/|en", page(50_000)), store.bytes());
        store.put("/big|en", page(2 << 20));
        assertNull(store.get("/big|en"));
        assertEquals(1, store.size());
    }
}
