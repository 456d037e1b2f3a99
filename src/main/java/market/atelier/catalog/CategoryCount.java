package market.atelier.catalog;

/** A category and how many public pieces it holds. */
public record CategoryCount(Category category, long count) {

    public Category getCategory() {
        return category;
    }

    public long getCount() {
        return count;
    }
}
