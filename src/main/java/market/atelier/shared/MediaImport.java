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
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pictures stored before they were kept in the database (only in {@code <data dir>/media}) are copied into it at
 * start-up, in the background ({@link MediaBackfill}). Until then this server serves them from its folder as before,
 * and other servers answer 404 for them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MediaImport {

    private static final Logger LOG = Logger.getLogger(MediaImport.class.getName());

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
                MediaBackfill.Result imported = MediaBackfill.run(store.root(), table, () -> closed);
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
}
