package ru.trajectory.platform.notifications.service;

/**
 * The e-mail copy of a notification: plain text, Russian, with the portal link made absolute
 * (a mail client has no idea where the portal lives). Pure, so the wording is unit-tested.
 */
public record MailText(String subject, String body) {

    static final String PORTAL = "Траектория";
    private static final int SUBJECT_MAX = 200;

    /**
     * @param greetingName how to address the person («Анна Игоревна»), or null for a neutral greeting
     * @param link         a portal path starting with {@code /}, or null
     * @param publicUrl    the address people open the portal at, with or without a trailing slash
     */
    public static MailText render(String title, String text, String link, String greetingName, String publicUrl) {
        String subject = oneLine(PORTAL + ": " + title);
        if (subject.length() > SUBJECT_MAX) {
            subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
        }
        StringBuilder body = new StringBuilder();
        body.append(greetingName == null || greetingName.isBlank() ? "Здравствуйте!" : "Здравствуйте, " + greetingName.strip() + "!")
                .append("\n\n")
                .append(title.strip()).append("\n\n")
                .append(text.strip()).append('\n');
        if (link != null) {
            body.append("\nОткрыть на портале: ").append(absolute(publicUrl, link)).append('\n');
        }
        body.append("\n-- \n")
                .append("Письмо отправлено автоматически порталом «").append(PORTAL)
                .append("», отвечать на него не нужно.\n")
                .append("Все уведомления: ").append(absolute(publicUrl, "/notifications.xhtml")).append('\n');
        return new MailText(subject, body.toString());
    }

    /** The portal path under the public address, with exactly one slash between them. */
    static String absolute(String publicUrl, String path) {
        String base = publicUrl == null ? "" : publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** A header must be one line: a line break in a subject would start a new header. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
