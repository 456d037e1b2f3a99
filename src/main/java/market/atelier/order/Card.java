package market.atelier.order;

/** A card as typed at checkout. Lives for one request: only {@link #last4()} is ever stored. */
public record Card(String number, String expiry, String cvc) {

    @Override
    public String toString() {
        return "Card[…" + last4() + "]";
    }

    /** The digits of the number, spaces and dashes removed. */
    public String digits() {
        return number == null ? "" : number.replaceAll("[\\s-]", "");
    }

    public String last4() {
        String digits = digits();
        return digits.length() < 4 ? digits : digits.substring(digits.length() - 4);
    }
}
