package market.atelier.verification;

/** A first or renewed application for badges, or an appeal against one suspended badge. */
public enum ApplicationKind {
    APPLICATION, APPEAL
}
