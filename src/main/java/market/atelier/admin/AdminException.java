package market.atelier.admin;

import market.atelier.shared.Refusal;

/** A refusal an admin can act on: the last admin, a missing reason, a taken category name. */
public class AdminException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AdminException(String messageKey) {
        super(messageKey);
    }

    /** The text stripped; refused with {@code emptyKey} when blank, {@code tooLongKey} when longer than {@code max}. */
    static String required(String text, int max, String emptyKey, String tooLongKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new AdminException(emptyKey);
        }
        if (stripped.length() > max) {
            throw new AdminException(tooLongKey);
        }
        return stripped;
    }
}
