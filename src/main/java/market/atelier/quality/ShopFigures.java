package market.atelier.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One shop's figures over one {@link Period}, as last recomputed. Every rate knows its basis ("over 12 orders"),
 * and a rate over fewer than {@link #MIN_BASIS} orders or conversations is not shown: "not enough data yet".
 */
@Entity
@Table(name = "shop_figures")
@IdClass(ShopFigures.Key.class)
public class ShopFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Below this many orders (or conversations) a rate says "not enough data yet" instead of a number. */
    public static final int MIN_BASIS = 5;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long shopId;
        private Period period;

        public Key() {
        }

        public Key(long shopId, Period period) {
            this.shopId = shopId;
            this.period = period;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.shopId == shopId && key.period == period;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, period);
        }
    }

    @Id
    @Column(name = "shop_id")
    private long shopId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "period_code", length = 4)
    private Period period;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(name = "avg_craftsmanship", precision = 3, scale = 2)
    private BigDecimal avgCraftsmanship;

    @Column(name = "avg_as_described", precision = 3, scale = 2)
    private BigDecimal avgAsDescribed;

    @Column(name = "avg_communication", precision = 3, scale = 2)
    private BigDecimal avgCommunication;

    @Column(name = "avg_packaging", precision = 3, scale = 2)
    private BigDecimal avgPackaging;

    /** Shop orders placed in the period. */
    @Column(name = "order_count", nullable = false)
    private int orderCount;

    /** Of those, not cancelled. */
    @Column(name = "sales_count", nullable = false)
    private int salesCount;

    /** Not cancelled, and shipped or past their promised ship-by date: the basis of the on-time rate. */
    @Column(name = "due_count", nullable = false)
    private int dueCount;

    @Column(name = "on_time_count", nullable = false)
    private int onTimeCount;

    /** Cancelled by the shop (a shopper's own cancellation does not count against it). */
    @Column(name = "cancelled_count", nullable = false)
    private int cancelledCount;

    @Column(name = "not_as_described_count", nullable = false)
    private int notAsDescribedCount;

    /** Shopper-started conversations answered, or waiting longer than a day: the basis of the median. */
    @Column(name = "conversation_count", nullable = false)
    private int conversationCount;

    @Column(name = "median_response_minutes")
    private Integer medianResponseMinutes;

    protected ShopFigures() {
    }

    /** Figures of a shop nothing has been computed for yet: all zero. */
    public static ShopFigures none(long shopId, Period period) {
        ShopFigures figures = new ShopFigures();
        figures.shopId = shopId;
        figures.period = period;
        return figures;
    }

    void set(Instant now, int reviewCount, BigDecimal[] averages, int orderCount, int salesCount, int dueCount,
            int onTimeCount, int cancelledCount, int notAsDescribedCount, int conversationCount,
            Integer medianResponseMinutes) {
        this.computedAt = now;
        this.reviewCount = reviewCount;
        this.avgCraftsmanship = averages[0];
        this.avgAsDescribed = averages[1];
        this.avgCommunication = averages[2];
        this.avgPackaging = averages[3];
        this.orderCount = orderCount;
        this.salesCount = salesCount;
        this.dueCount = dueCount;
        this.onTimeCount = onTimeCount;
        this.cancelledCount = cancelledCount;
        this.notAsDescribedCount = notAsDescribedCount;
        this.conversationCount = conversationCount;
        this.medianResponseMinutes = medianResponseMinutes;
    }

    /** A whole percentage of {@code part} in {@code basis}, or null when the basis is too small to mean anything. */
    static Integer percent(int part, int basis) {
        return basis < MIN_BASIS ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(basis), 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    public Integer getOnTimePercent() {
        return percent(onTimeCount, dueCount);
    }

    public Integer getCancellationPercent() {
        return percent(cancelledCount, orderCount);
    }

    public Integer getNotAsDescribedPercent() {
        return percent(notAsDescribedCount, salesCount);
    }

    /** The median first response, or null below {@link #MIN_BASIS} conversations. */
    public Integer getResponseMinutes() {
        return conversationCount < MIN_BASIS ? null : medianResponseMinutes;
    }

    public BigDecimal average(market.atelier.review.Aspect aspect) {
        return switch (aspect) {
            case CRAFTSMANSHIP -> avgCraftsmanship;
            case AS_DESCRIBED -> avgAsDescribed;
            case COMMUNICATION -> avgCommunication;
            case PACKAGING -> avgPackaging;
        };
    }

    public long getShopId() {
        return shopId;
    }

    public Period getPeriod() {
        return period;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public int getReviewCount() {
        return reviewCount;
    }

    public BigDecimal getAvgCraftsmanship() {
        return avgCraftsmanship;
    }

    public BigDecimal getAvgAsDescribed() {
        return avgAsDescribed;
    }

    public BigDecimal getAvgCommunication() {
        return avgCommunication;
    }

    public BigDecimal getAvgPackaging() {
        return avgPackaging;
    }

    public int getOrderCount() {
        return orderCount;
    }

    public int getSalesCount() {
        return salesCount;
    }

    public int getDueCount() {
        return dueCount;
    }

    public int getOnTimeCount() {
        return onTimeCount;
    }

    public int getCancelledCount() {
        return cancelledCount;
    }

    public int getNotAsDescribedCount() {
        return notAsDescribedCount;
    }

    public int getConversationCount() {
        return conversationCount;
    }

    public Integer getMedianResponseMinutes() {
        return medianResponseMinutes;
    }
}
