package market.atelier.catalog.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/** One index folder ({@link IndexGenerations}) with its writer and its near-real-time searchers. */
record IndexGeneration(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers) {

    private static final Logger LOG = Logger.getLogger(IndexGeneration.class.getName());

    /** @param sorted newest first, as every index of the current layout; false only to read an older one */
    static IndexGeneration open(Path dir, boolean sorted) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        // A larger buffer than the default 16 MB: fewer, larger segments to merge during a rebuild.
        IndexWriterConfig config = new IndexWriterConfig(ListingDocuments.ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64);
        if (sorted) {
            config.setIndexSort(ListingDocuments.INDEX_SORT);
        }
        IndexWriter writer = new IndexWriter(directory, config);
        return new IndexGeneration(dir, directory, writer, new SearcherManager(writer, null));
    }

    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Searches still running keep their reader until they release it. */
    void close() {
        try {
            IOUtils.close(searchers, writer, directory);
        } catch (IOException e) {
            LOG.warning("Closing the search index " + dir + ": " + e);
        }
    }
}
