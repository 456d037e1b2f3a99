package market.atelier.shared;

import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The pictures in the {@code media_object} table (migration V11), over plain JDBC: picture bytes never pass
 * through JPA or its caches. Each call runs on its own connection in auto-commit, outside any transaction of the
 * caller (suspended meanwhile), so a stored picture is there for every server as soon as the call returns and a
 * lost race ({@link #insertIfAbsent}) spoils no transaction. The same SQL serves H2 and PostgreSQL.
 */
public final class MediaTable implements MediaRows {

    /** SQLSTATE of a duplicate key, in H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";
    private static final String INSERT = "INSERT INTO media_object (object_key, variant, content_type, byte_count,"
            + " content, stored_at) SELECT ?, ?, ?, ?, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM media_object WHERE object_key = ? AND variant = ?)";

    /**
     * Keys starting with a hex prefix: the range lets PostgreSQL use the primary key whatever the database's collation
     * (hex digits sort alike in all of them; LIKE alone needs the C collation), the LIKE keeps the answer exact.
     */
    private static final String PREFIX = "object_key >= ? AND object_key < ? AND object_key LIKE ?";

    private final DataSource dataSource;
    private final TransactionManager transactions;

    /** {@code transactions} may be null where there are none (outside the server). */
    public MediaTable(DataSource dataSource, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** The table in the application's database. */
    public static MediaTable inDatabase() {
        TransactionManager transactions;
        try {
            transactions = InitialContext.doLookup("java:jboss/TransactionManager");
        } catch (NamingException e) {
            transactions = null;
        }
        return new MediaTable(Database.dataSource(), transactions);
    }

    @Override
    public boolean insertIfAbsent(String key, String variant, String contentType, byte[] bytes) {
        return run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, key);
                insert.setString(2, variant);
                insert.setString(3, contentType);
                insert.setInt(4, bytes.length);
                insert.setBytes(5, bytes);
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.setString(7, key);
                insert.setString(8, variant);
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false; // inserted by another request between our check and our insert
                }
                throw e;
            }
        });
    }

    @Override
    public boolean touch(String key) {
        return run(connection -> {
            Timestamp now = Timestamp.from(Instant.now());
            // The full-size row first: once fresh, the sweep leaves it alone; if it is gone, the caller stores anew.
            if (update(connection, "UPDATE media_object SET stored_at = ? WHERE object_key = ? AND variant = ?", now,
                    key, MediaStore.Size.FULL.variant()) == 0) {
                return false;
            }
            update(connection, "UPDATE media_object SET stored_at = ? WHERE object_key = ? AND variant <> ?", now, key,
                    MediaStore.Size.FULL.variant());
            return true;
        });
    }

    @Override
    public boolean copy(String key, String variant, OutputStream out) throws IOException {
        try {
            return run(connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT content FROM media_object WHERE object_key = ? AND variant = ?")) {
                    query.setString(1, key);
                    query.setString(2, variant);
                    try (ResultSet row = query.executeQuery()) {
                        if (!row.next()) {
                            return false;
                        }
                        try (InputStream content = row.getBinaryStream(1)) {
                            content.transferTo(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return true;
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Set<String> names(String keyPrefix) {
        return run(connection -> {
            Set<String> names = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT object_key, variant FROM media_object WHERE " + PREFIX)) {
                prefix(query, 1, keyPrefix);
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1) + "-" + rows.getString(2));
                    }
                }
            }
            return names;
        });
    }

    /** The pictures with a key starting with {@code keyPrefix} that have a row stored before {@code cutoff}. */
    public List<String> keysStoredBefore(String keyPrefix, Instant cutoff) {
        return run(connection -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT object_key FROM media_object"
                    + " WHERE " + PREFIX + " AND stored_at < ?")) {
                prefix(query, 1, keyPrefix);
                query.setTimestamp(4, Timestamp.from(cutoff));
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    /**
     * Deletes the rows of a picture still stored before {@code cutoff} (checked row by row as it is deleted: a picture
     * stored again meanwhile, see {@link #touch}, stays); how many were deleted.
     */
    public int deleteStoredBefore(String key, Instant cutoff) {
        return run(connection -> update(connection, "DELETE FROM media_object WHERE object_key = ? AND stored_at < ?",
                key, Timestamp.from(cutoff)));
    }

    /** Sets the three parameters of {@link #PREFIX} from {@code first} on. */
    private static void prefix(PreparedStatement query, int first, String keyPrefix) throws SQLException {
        char last = keyPrefix.charAt(keyPrefix.length() - 1);
        char next = last == '9' ? 'a' : (char) (last + 1); // after 'f' comes 'g', still above every hex key
        query.setString(first, keyPrefix);
        query.setString(first + 1, keyPrefix.substring(0, keyPrefix.length() - 1) + next);
        query.setString(first + 2, keyPrefix + "%");
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        Transaction suspended = suspend();
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use the media_object table: " + e.getMessage(), e);
        } finally {
            resume(suspended);
        }
    }

    private Transaction suspend() {
        try {
            return transactions != null && transactions.getTransaction() != null ? transactions.suspend() : null;
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot suspend the caller's transaction", e);
        }
    }

    private void resume(Transaction suspended) {
        if (suspended != null) {
            try {
                transactions.resume(suspended);
            } catch (InvalidTransactionException | SystemException e) {
                throw new IllegalStateException("Cannot resume the caller's transaction", e);
            }
        }
    }
}
