package market.atelier.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The marketplace figures of the admin overview, in four aggregate queries whatever the number of orders, shops
 * and applications: orders and GMV (the sum of order totals) in the last 30 days and all time, shops by status,
 * the waiting applications' ages, and orders and GMV per day (UTC) over the last 30 days.
 */
@Stateless
@RolesAllowed("ADMIN")
public class MarketFigures {

    public static final int DAYS = 30;

    /** One day of the chart. */
    public record Day(LocalDate date, long orders, long gmvMinor) {
    }

    /** Everything the overview shows; ages are null when no application is waiting. */
    public record Figures(long orders, long ordersRecent, long gmvMinor, long gmvRecentMinor, long shopsLive,
            long shopsPending, long shopsSuspended, int waiting, Duration oldestWaiting, Duration medianWaiting,
            List<Day> days) {
    }

    @PersistenceContext
    private EntityManager em;

    public Figures figures(Instant now) {
        Instant since = now.truncatedTo(ChronoUnit.DAYS).minus(DAYS - 1, ChronoUnit.DAYS);
        Object[] orders = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(total_minor), 0),"
                        + " COALESCE(SUM(CASE WHEN created_at >= ?1 THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN created_at >= ?1 THEN total_minor ELSE 0 END), 0)"
                        + " FROM customer_order").setParameter(1, Timestamp.from(since)).getSingleResult();
        Map<String, Long> shops = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT status, COUNT(*) FROM shop GROUP BY status").getResultList()) {
            Object[] cells = (Object[]) row;
            shops.put(String.valueOf(cells[0]), number(cells[1]));
        }
        List<Instant> submitted = new ArrayList<>();
        for (Object at : em.createNativeQuery("SELECT submitted_at FROM verification_application"
                + " WHERE state = 'SUBMITTED' AND submitted_at IS NOT NULL ORDER BY submitted_at").getResultList()) {
            submitted.add(instant(at));
        }
        return new Figures(number(orders[0]), number(orders[2]), number(orders[1]), number(orders[3]),
                shops.getOrDefault("LIVE", 0L), shops.getOrDefault("PENDING", 0L),
                shops.getOrDefault("SUSPENDED", 0L), submitted.size(),
                submitted.isEmpty() ? null : Duration.between(submitted.get(0), now),
                median(submitted, now), days(since));
    }

    /** The median wait: submitted times are sorted oldest first, so the middle one (or the middle two's mean). */
    static Duration median(List<Instant> submittedOldestFirst, Instant now) {
        int n = submittedOldestFirst.size();
        if (n == 0) {
            return null;
        }
        Duration upper = Duration.between(submittedOldestFirst.get(n / 2), now);
        if (n % 2 == 1) {
            return upper;
        }
        Duration lower = Duration.between(submittedOldestFirst.get(n / 2 - 1), now);
        return lower.plus(upper).dividedBy(2);
    }

    private List<Day> days(Instant since) {
        Map<LocalDate, Day> found = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT CAST(created_at AS DATE), COUNT(*), SUM(total_minor)"
                        + " FROM customer_order WHERE created_at >= ?1 GROUP BY CAST(created_at AS DATE)")
                .setParameter(1, Timestamp.from(since)).getResultList()) {
            Object[] cells = (Object[]) row;
            LocalDate date = date(cells[0]);
            found.put(date, new Day(date, number(cells[1]), number(cells[2])));
        }
        List<Day> days = new ArrayList<>(DAYS);
        LocalDate first = LocalDate.ofInstant(since, ZoneOffset.UTC);
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = first.plusDays(i);
            days.add(found.getOrDefault(date, new Day(date, 0, 0)));
        }
        return days;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}
