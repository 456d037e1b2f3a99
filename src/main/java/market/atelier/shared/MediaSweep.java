package market.atelier.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Deletes pictures nobody refers to: an upload abandoned in a draft form, a replaced portrait, a removed photo.
 * Once a day it deletes the rows of {@code media_object} stored more than {@link #GRACE} ago (a day: a form being
 * filled in keeps its pictures) whose key no column in {@link #REFERENCES} holds, and the files of such pictures
 * in this server's cache folder. Safe with several servers on one database: the timer fires on each, the first to
 * record the day in {@code media_sweep_run} deletes the rows and the others skip them (each still cleans its own
 * cache); every delete is conditional on the row still being old, so a picture stored again meanwhile
 * ({@link MediaRows#touch}) stays. Keys are checked one first hex digit at a time, so memory stays small.
 */
@Stateless
@PermitAll
public class MediaSweep {

    private static final Logger LOG = Logger.getLogger(MediaSweep.class.getName());
    static final Duration GRACE = Duration.ofDays(1);
    private static final String DIGITS = "0123456789abcdef";

    /** Every column that holds a media key. A new one must be added here (ResourceLimitsIT checks the schema). */
    public static final List<String> REFERENCES = List.of("listing_photo.media_key", "shop.portrait_key",
            "shop.banner_key", "application_item_photo.media_key", "review_photo.media_key",
            "custom_request_photo.media_key", "progress_update.media_key");

    /** What one sweep deleted: pictures (all rows of a key count once) from the database, files from the cache. */
    public record Swept(int pictures, int files) {
    }

    @Schedule(hour = "4", minute = "23", persistent = false, info = "orphaned media")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        Instant cutoff = Instant.now().minus(GRACE);
        MediaStore store = MediaStore.inDataDir();
        boolean claimed = claim(LocalDate.now(ZoneOffset.UTC));
        int pictures = claimed ? sweepRows(cutoff) : 0;
        int files = sweepCache(store.root(), cutoff);
        LOG.info(() -> claimed ? "Deleted " + pictures + " unreferenced pictures and " + files + " cached files"
                : "Deleted " + files + " unreferenced cached files; another server swept the database today");
    }

    /** Deletes the unreferenced pictures stored before {@code cutoff}, rows and files under {@code cacheRoot}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Swept sweep(Path cacheRoot, Instant cutoff) {
        return new Swept(sweepRows(cutoff), sweepCache(cacheRoot, cutoff));
    }

    /**
     * Records that the rows are swept on {@code day}; true for the one server (and call) that recorded it first, which
     * then sweeps them.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean claim(LocalDate day) {
        try (Connection connection = Database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO media_sweep_run (swept_on, node,"
                     + " started_at) SELECT ?, ?, ?"
                     + " WHERE NOT EXISTS (SELECT 1 FROM media_sweep_run WHERE swept_on = ?)")) {
            insert.setDate(1, java.sql.Date.valueOf(day));
            insert.setString(2, String.valueOf(System.getProperty("jboss.node.name", "?")));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setDate(4, java.sql.Date.valueOf(day));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false; // another server recorded it between our check and our insert
            }
            throw new IllegalStateException("Cannot record the media sweep", e);
        }
    }

    private static int sweepRows(Instant cutoff) {
        MediaTable table = MediaTable.inDatabase();
        int deleted = 0;
        for (char digit : DIGITS.toCharArray()) {
            List<String> old = table.keysStoredBefore(String.valueOf(digit), cutoff);
            if (!old.isEmpty()) {
                Set<String> unreferenced = new HashSet<>(old);
                referenced(digit).forEach(unreferenced::remove);
                for (String key : unreferenced) {
                    deleted += table.deleteStoredBefore(key, cutoff) > 0 ? 1 : 0;
                }
            }
        }
        return deleted;
    }

    /** Deletes the cached files last written before {@code cutoff} that nothing refers to: the database keeps them. */
    private static int sweepCache(Path root, Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        for (char digit : DIGITS.toCharArray()) {
            Map<String, List<Path>> old = oldFiles(root, digit, cutoff);
            if (!old.isEmpty()) {
                referenced(digit).forEach(old::remove);
                for (List<Path> files : old.values()) {
                    for (Path file : files) {
                        deleted += deleteIfStillOld(file, cutoff) ? 1 : 0;
                    }
                }
            }
        }
        return deleted;
    }

    /** Files (and left-over temporary files) under the folders starting with {@code digit}, by key. */
    private static Map<String, List<Path>> oldFiles(Path root, char digit, Instant cutoff) {
        Map<String, List<Path>> byKey = new HashMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().charAt(0) == digit).toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(file -> isOld(file, cutoff)).forEach(file -> {
                        String name = file.getFileName().toString();
                        String key = name.length() > 32 && MediaStore.KEY.matcher(name.substring(0, 32)).matches()
                                ? name.substring(0, 32) : name; // temporary files match no key: always deleted
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byKey;
    }

    private static List<String> referenced(char digit) {
        String union = REFERENCES.stream().map(column -> column.split("\\."))
                .map(c -> "SELECT " + c[1] + " FROM " + c[0] + " WHERE " + c[1] + " LIKE ?")
                .collect(Collectors.joining(" UNION "));
        List<String> keys = new ArrayList<>();
        try (Connection connection = Database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(union)) {
            for (int i = 1; i <= REFERENCES.size(); i++) {
                query.setString(i, digit + "%");
            }
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read media references", e);
        }
        return keys;
    }

    private static boolean isOld(Path file, Instant cutoff) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    /** Looks again just before deleting: a file cached again meanwhile is fresh and stays. */
    private static boolean deleteIfStillOld(Path file, Instant cutoff) {
        try {
            return isOld(file, cutoff) && Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + file + ": " + e);
            return false;
        }
    }
}
