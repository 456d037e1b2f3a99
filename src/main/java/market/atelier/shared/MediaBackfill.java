package market.atelier.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Copies the files of a media folder into the rows that lack them: pictures an older version kept only in
 * {@code <data dir>/media} (run at start-up by {@link MediaImport}), or files written without a database (the
 * benchmark's pictures). One cache folder at a time, asking the rows which files they hold first, so a second run
 * reads no picture again.
 */
public final class MediaBackfill {

    private static final Logger LOG = Logger.getLogger(MediaBackfill.class.getName());

    /** What a run found: files copied into the rows, files they already had, how long it took. */
    public record Result(int copied, int present, long millis) {
    }

    private MediaBackfill() {
    }

    /**
     * Copies into {@code rows} every file of the store under {@code root} that it does not hold yet (idempotent);
     * stops early when {@code stop} says so.
     */
    public static Result run(Path root, MediaRows rows, BooleanSupplier stop) {
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
        return new Result(copied, present, (System.nanoTime() - start) / 1_000_000);
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
