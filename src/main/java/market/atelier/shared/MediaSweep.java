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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Deletes pictures nobody refers to: an upload abandoned in a draft form, a replaced portrait, a removed photo.
 * Once a day it looks at the files in {@code <data dir>/media} older than {@link #GRACE} (a day: a form being
 * filled in keeps its pictures) and deletes those whose key no column in {@link #REFERENCES} holds. Safe with
 * several servers on one database: each deletes only what is unreferenced and old, and storing the same picture
 * again makes its file fresh (MediaStore). Keys are checked one first hex digit at a time, so memory stays small.
 */
@Stateless
@PermitAll
public class MediaSweep {

    private static final Logger LOG = Logger.getLogger(MediaSweep.class.getName());
    static final Duration GRACE = Duration.ofDays(1);

    /** Every column that holds a media key. A new one must be added here (ResourceLimitsIT checks the schema). */
    public static final List<String> REFERENCES = List.of("listing_photo.media_key", "shop.portrait_key",
            "shop.banner_key", "application_item_photo.media_key", "review_photo.media_key",
            "custom_request_photo.media_key", "progress_update.media_key");

    @Schedule(hour = "4", minute = "23", persistent = false, info = "orphaned media")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        int deleted = sweep(MediaStore.inDataDir().root(), Instant.now().minus(GRACE));
        LOG.info(() -> "Deleted " + deleted + " unreferenced media files");
    }

    /** Deletes the files under {@code root} last written before {@code cutoff} that nothing refers to; how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(Path root, Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (Connection connection = Database.dataSource().getConnection()) {
            for (char digit : "0123456789abcdef".toCharArray()) {
                Map<String, List<Path>> old = oldFiles(root, digit, cutoff);
                if (!old.isEmpty()) {
                    referenced(connection, digit).forEach(old::remove);
                    for (List<Path> files : old.values()) {
                        for (Path file : files) {
                            deleted += deleteIfStillOld(file, cutoff) ? 1 : 0;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read media references", e);
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

    private static Stream<String> referenced(Connection connection, char digit) throws SQLException {
        String union = REFERENCES.stream().map(column -> column.split("\\."))
                .map(c -> "SELECT " + c[1] + " FROM " + c[0] + " WHERE " + c[1] + " LIKE ?")
                .collect(Collectors.joining(" UNION "));
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(union)) {
            for (int i = 1; i <= REFERENCES.size(); i++) {
                query.setString(i, digit + "%");
            }
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys.stream();
    }

    private static boolean isOld(Path file, Instant cutoff) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    /** Looks again just before deleting: a picture stored again meanwhile is fresh and stays. */
    private static boolean deleteIfStillOld(Path file, Instant cutoff) {
        try {
            return isOld(file, cutoff) && Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + file + ": " + e);
            return false;
        }
    }
}
