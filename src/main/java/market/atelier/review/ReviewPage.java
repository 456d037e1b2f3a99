package market.atelier.review;

import java.util.List;

/** One page of a shop's or a piece's public reviews, and how many match in all. */
public record ReviewPage(List<Review> reviews, long total, int page, int pageSize) {

    public List<Review> getReviews() {
        return reviews;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isMore() {
        return (long) (page + 1) * pageSize < total;
    }

    public boolean isNone() {
        return reviews.isEmpty();
    }
}
