package market.atelier.mail;

/** What a mail is about; digest kinds can be unsubscribed from one by one. */
public enum MailKind {
    VERIFY_EMAIL,
    PASSWORD_RESET,
    EMAIL_CHANGE,
    EMAIL_CHANGED_NOTICE
}
