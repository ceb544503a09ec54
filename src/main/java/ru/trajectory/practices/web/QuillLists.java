package ru.trajectory.practices.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the list markup of the rich-text editor into ordinary HTML lists before the service
 * sanitises it. Quill 2 writes every list as {@code <ol>} and tells bullets by a
 * {@code data-list="bullet"} attribute on each item; the sanitiser drops that attribute, so
 * without this step every bulleted list would be stored as a numbered one. Quill's lists are
 * flat (nesting is an indent class), so one level of matching is enough. The output is still
 * untrusted: {@code PracticeAuthoring} sanitises it like any other input.
 */
final class QuillLists {

    private static final Pattern LIST = Pattern.compile("(?is)<ol\\b[^>]*>(.*?)</ol>");
    private static final Pattern ITEM = Pattern.compile("(?is)<li\\b([^>]*)>(.*?)</li>");
    private static final Pattern KIND = Pattern.compile("(?i)data-list\\s*=\\s*[\"']?([a-z]+)");

    private QuillLists() {
    }

    static String normalize(String html) {
        if (html == null || !html.contains("data-list")) {
            return html;
        }
        Matcher list = LIST.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (list.find()) {
            list.appendReplacement(out, Matcher.quoteReplacement(split(list.group(1))));
        }
        list.appendTail(out);
        return out.toString();
    }

    /** Consecutive items of one kind become one list of that kind. */
    private static String split(String items) {
        StringBuilder out = new StringBuilder(items.length() + 32);
        Matcher item = ITEM.matcher(items);
        String open = null;
        while (item.find()) {
            Matcher kind = KIND.matcher(item.group(1));
            String tag = kind.find() && !"ordered".equalsIgnoreCase(kind.group(1)) ? "ul" : "ol";
            if (!tag.equals(open)) {
                if (open != null) {
                    out.append("</").append(open).append('>');
                }
                out.append('<').append(tag).append('>');
                open = tag;
            }
            out.append("<li>").append(item.group(2)).append("</li>");
        }
        if (open == null) {
            return "<ol>" + items + "</ol>";
        }
        return out.append("</").append(open).append('>').toString();
    }
}
