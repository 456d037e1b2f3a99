package market.atelier.favourite;

import market.atelier.shared.Refusal;

/** A favourite that cannot be saved (the piece or shop is no longer on Atelier). */
public class FavouriteException extends Refusal {

    private static final long serialVersionUID = 1L;

    public FavouriteException(String messageKey) {
        super(messageKey);
    }
}
