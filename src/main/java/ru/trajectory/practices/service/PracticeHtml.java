package ru.trajectory.practices.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich-text policy of practice bodies and the plain text the search index gets from them.
 * An allow-list: paragraphs, lists, h3–h4 (the page owns h1–h2), emphasis, tables and links to
 * http, https and mailto that always carry rel=nofollow, so the bank cannot be used to boost
 * someone's search ranking. Everything else, scripts and event attributes first, is dropped.
 */
public final class PracticeHtml {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "h3", "h4", "b", "i", "em", "strong", "blockquote",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .allowAttributes("colspan", "rowspan").onElements("td", "th")
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|br|li|ul|ol|h3|h4|tr|td|th|table|blockquote|caption)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private PracticeHtml() {
    }

    /** Clean HTML for storage and display; null becomes empty. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /**
     * Text of sanitised HTML for search and snippets. A regex is enough here because the input
     * is the sanitiser's own well-formed output, never raw user HTML.
     */
    public static String plain(String sanitized) {
        if (sanitized == null || sanitized.isEmpty()) {
            return "";
        }
        String text = TAG.matcher(BLOCK.matcher(sanitized).replaceAll(" ")).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1))));
        }
        m.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                try {
                    int code = entity.startsWith("#x") || entity.startsWith("#X")
                            ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                    yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
                } catch (NumberFormatException e) {
                    yield " ";
                }
            }
        };
    }
}
