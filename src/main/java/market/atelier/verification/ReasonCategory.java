package market.atelier.verification;

/** Public reason categories for rejections, suspensions and revocations (shown on the public history). */
public enum ReasonCategory {
    EVIDENCE_INSUFFICIENT, NOT_HANDMADE, RESOLD, MATERIALS_MISREPRESENTED, TEAM_UNDISCLOSED, OTHER
}
