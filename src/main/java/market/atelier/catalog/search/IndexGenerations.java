package market.atelier.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The listing index lives in numbered folders ({@code g1}, {@code g2}, …) under {@code <data dir>/search/<database>}:
 * a rebuild writes the next folder while the current one keeps answering, then takes its place. The current one is
 * the highest whose last commit says it was built completely ({@value #BUILT} = true); the others are left-overs of
 * an interrupted build or of the index before the last rebuild.
 */
public final class IndexGenerations {

    /** Commit data: the index holds every searchable listing (written once, when a build finishes). */
    static final String BUILT = "built";
    /** Commit data: the document layout (2: sorted newest first); an index of another layout is rebuilt. */
    static final String FORMAT = "format";
    static final String CURRENT_FORMAT = "2";
    /** Commit data: every change-feed row up to this id is in the index ({@link FeedPosition#floor()}). */
    static final String FEED = "feed";
    /** Commit data: the feed {@link #FEED} was read from ({@link ChangeFeed#epoch()}). */
    static final String FEED_EPOCH = "feed.epoch";

    private IndexGenerations() {
    }

    /** The folder of the complete index to search, if there is one. */
    public static Optional<Path> current(Path root) {
        return generations(root).stream().filter(dir -> "true".equals(commitData(dir).get(BUILT))).findFirst();
    }

    /** A new, empty folder numbered after every existing one. */
    static Path next(Path root) {
        int last = generations(root).stream().findFirst().map(IndexGenerations::number).orElse(0);
        return root.resolve("g" + (last + 1));
    }

    /** Deletes every generation but {@code keep} (and index files of the old layout directly in the root). */
    static void deleteAllBut(Path root, Path keep) {
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                if (!file.equals(keep)) {
                    IOUtils.rm(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean up " + root, e);
        }
    }

    /** The data of the folder's last commit; empty when it holds no commit. */
    static Map<String, String> commitData(Path dir) {
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData();
            }
        } catch (IOException e) {
            return Map.of(); // unreadable: as good as missing, it is rebuilt
        }
    }

    /** Generation folders, highest first. */
    private static List<Path> generations(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isDirectory).filter(dir -> dir.getFileName().toString().matches("g\\d{1,9}"))
                    .sorted(Comparator.comparingInt(IndexGenerations::number).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static int number(Path dir) {
        return Integer.parseInt(dir.getFileName().toString().substring(1));
    }
}
