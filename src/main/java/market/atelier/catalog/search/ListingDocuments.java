package market.atelier.catalog.search;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** How a listing becomes a Lucene document: field names, analyzers and facet dimensions, in one place. */
final class ListingDocuments {

    static final String ID = "id";
    static final String KEY = "key";
    static final String EN = "en";
    static final String DE = "de";
    static final String TITLE_EN = "title_en";
    static final String TITLE_DE = "title_de";
    static final String SPELL = "spell";
    static final String PRICE = "price";
    static final String CREATED = "created";

    /** Facet dimensions; each is also an exact-match filter field of the same name. */
    static final String CATEGORY = "category";
    static final String MATERIAL = "material";
    static final String TECHNIQUE = "technique";
    static final String SHIPS_FROM = "shipsFrom";
    static final String VERIFIED = "verified";
    static final String ONE_OF_A_KIND = "oneOfAKind";
    static final String MADE_TO_ORDER = "madeToOrder";

    static final FacetsConfig FACETS = new FacetsConfig();

    /** Newest first: the default order of browsing, and the order of the index itself (it stops after a page). */
    static final SortField NEWEST = new SortField(CREATED, SortField.Type.LONG, true);
    static final Sort INDEX_SORT = new Sort(NEWEST);

    /** Analyzers are thread-safe: one for the writer and every query. */
    static final Analyzer ANALYZER = analyzer();

    static {
        FACETS.setMultiValued(MATERIAL, true);
        FACETS.setMultiValued(TECHNIQUE, true);
    }

    private ListingDocuments() {
    }

    /** English and German stemming for the text fields; plain lower-case words for spelling and keywords. */
    private static Analyzer analyzer() {
        Analyzer english = new EnglishAnalyzer();
        Analyzer german = new GermanAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET),
                Map.of(EN, english, TITLE_EN, english, DE, german, TITLE_DE, german));
    }

    static Term key(long listingId) {
        return new Term(KEY, Long.toString(listingId));
    }

    /** Filter and facet values are compared lower-case and trimmed ("925 Silver" = "925 silver"). */
    static String normalize(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    static Document of(IndexedListing l) {
        Document doc = new Document();
        doc.add(new StoredField(ID, l.id()));
        doc.add(new StringField(KEY, Long.toString(l.id()), Field.Store.NO));
        String all = Stream.of(Stream.of(l.title(), l.description(), l.shopName()), l.materials().stream(),
                        l.techniques().stream())
                .flatMap(s -> s).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
        doc.add(new TextField(EN, all, Field.Store.NO));
        doc.add(new TextField(DE, all, Field.Store.NO));
        doc.add(new TextField(TITLE_EN, l.title(), Field.Store.NO));
        doc.add(new TextField(TITLE_DE, l.title(), Field.Store.NO));
        doc.add(new TextField(SPELL, all, Field.Store.NO));
        doc.add(new LongPoint(PRICE, l.priceMinor()));
        doc.add(new NumericDocValuesField(PRICE, l.priceMinor()));
        doc.add(new NumericDocValuesField(CREATED, l.createdAt().toEpochMilli()));
        keyword(doc, CATEGORY, l.category());
        l.materials().stream().map(ListingDocuments::normalize).filter(s -> !s.isEmpty()).distinct()
                .forEach(m -> keyword(doc, MATERIAL, m));
        l.techniques().stream().map(ListingDocuments::normalize).filter(s -> !s.isEmpty()).distinct()
                .forEach(t -> keyword(doc, TECHNIQUE, t));
        if (l.country() != null) {
            keyword(doc, SHIPS_FROM, l.country());
        }
        keyword(doc, VERIFIED, Boolean.toString(l.verified()));
        keyword(doc, ONE_OF_A_KIND, Boolean.toString(l.oneOfAKind()));
        keyword(doc, MADE_TO_ORDER, Boolean.toString(l.madeToOrder()));
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }
}
