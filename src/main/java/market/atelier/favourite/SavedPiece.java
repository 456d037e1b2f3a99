package market.atelier.favourite;

/** A saved piece that is no longer for sale: its title and why, for the favourites page. */
public record SavedPiece(long listingId, String title, String shopName, boolean soldOut) {

    public long getListingId() {
        return listingId;
    }

    public String getTitle() {
        return title;
    }

    public String getShopName() {
        return shopName;
    }

    public boolean isSoldOut() {
        return soldOut;
    }
}
