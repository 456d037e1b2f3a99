package market.atelier.verification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import market.atelier.shop.Shop;
import market.atelier.verification.Report;
import market.atelier.verification.ReviewService;
import market.atelier.verification.ReviewService.QueueRow;
import org.omnifaces.cdi.Param;

/** {@code /verify[?badge=CODE]}: waiting applications oldest first with their age, flagged shops, open reports. */
@Named("queue")
@RequestScoped
public class QueueBacking {

    @Inject
    private ReviewService reviews;

    @Inject
    @Param(name = "badge")
    private String badge;

    private List<QueueRow> rows;

    public List<QueueRow> getRows() {
        if (rows == null) {
            String code = badge == null || badge.isBlank() || badge.length() > 40 ? null : badge;
            rows = reviews.queue(code);
        }
        return rows;
    }

    public String getBadge() {
        return badge;
    }

    public List<Shop> getFlagged() {
        return reviews.flaggedShops();
    }

    public List<Report> getReports() {
        return reviews.openReports();
    }

    /** Whole days since {@code at}. */
    public long daysSince(Instant at) {
        return Duration.between(at, Instant.now()).toDays();
    }
}
