package market.atelier.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Pictures stored before they were kept in the database (only in {@code <data dir>/media}) are copied into it at
 * start-up, in the background: the files of the store whose rows are missing, one cache folder at a time, asking the
 * database which it has (so a later start reads no picture again). Until then this server serves them from its
 * folder as before, and other servers answer 404 for them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MediaImport {

    private static final Logger LOG = Logger.getLogger(MediaImport.class.getName());

    /** What an import found: files copied into the database, files it already had, how long it took. */
    public record Imported(int copied, int present, long millis) {
    }

    @Resource
    private ManagedThreadFactory threads;

    private volatile boolean closed;

    @PostConstruct
    void start() {
        MediaStore store = MediaStore.inDataDir();
        if (!Files.isDirectory(store.root())) {
            return;
        }
        MediaTable table = MediaTable.inDatabase();
        Thread thread = threads.newThread(() -> {
            try {
                Imported imported = copyMissing(store.root(), table, () -> closed);
                LOG.info(() -> "Media: " + imported.copied() + " files of " + store.root()
                        + " copied into the database, " + imported.present() + " were there already ("
                        + imported.millis() + " ms)");
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "Media: copying old files into the database failed; tried again at the next"
                            + " start", e);
                }
            }
        });
        thread.setName("media-import");
        thread.start();
    }

    @PreDestroy
    void stop() {
        closed = true;
    }

    /**
     * Copies into {@code rows} every file of the store under {@code root} that it does not hold yet (idempotent);
     * stops early when {@code stop} says so.
     */
    public static Imported copyMissing(Path root, MediaRows rows, BooleanSupplier stop) {
        long start = System.nanoTime();
        int copied = 0;
        int present = 0;
        List<Path> folders;
        try (Stream<Path> all = Files.list(root)) {
            folders = all.filter(f -> f.getFileName().toString().matches("[0-9a-f]{2}") && Files.isDirectory(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path folder : folders) {
            if (stop.getAsBoolean()) {
                break;
            }
            String prefix = folder.getFileName().toString();
            List<Path> files;
            try (Stream<Path> all = Files.list(folder)) {
                files = all.toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> stored = rows.names(prefix);
            for (Path file : files) {
                Matcher name = MediaStore.FILE_NAME.matcher(file.getFileName().toString());
                if (!name.matches() || !name.group(1).startsWith(prefix)) {
                    continue; // a temporary file, or something else that is not the store's
                }
                if (stored.contains(name.group())) {
                    present++;
                } else if (copy(rows, file, name.group(1), name.group(2))) {
                    copied++;
                }
            }
        }
        return new Imported(copied, present, (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean copy(MediaRows rows, Path file, String key, String variant) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file); // one picture, a few hundred kilobytes at most
        } catch (IOException e) {
            LOG.warning(() -> "Media: cannot read " + file + ": " + e);
            return false;
        }
        return rows.insertIfAbsent(key, variant, MediaStore.contentType(variant), bytes);
    }
}
