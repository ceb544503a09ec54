package ru.trajectory.practices.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Builds highlighted snippets by re-analysing the stored text with each index analyzer and
 * marking the words whose stem, lemma or plain form the query matched. Lucene's highlighters
 * work on one indexed field at a time, but a hit here is the union of three fields over the
 * same text (a lemma match «детей» → «ребёнок» has no stem match), so the marking is done here.
 */
final class Snippets {

    static final int LENGTH = 240;
    /** Long attachments are only scanned this far: a snippet from page one is good enough. */
    private static final int MAX_ANALYSED = 20_000;
    private static final int LEAD = 60;

    private final Map<String, Analyzer> analyzersBySuffix;

    Snippets(Map<String, Analyzer> analyzersBySuffix) {
        this.analyzersBySuffix = analyzersBySuffix;
    }

    /**
     * @param texts source field name → stored text, in the order they are preferred for a snippet
     * @param matched field name (source + suffix) → terms the query matched there
     */
    String snippet(Map<String, String> texts, Map<String, Set<String>> matched) {
        String fallback = null;
        for (Map.Entry<String, String> text : texts.entrySet()) {
            String value = text.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            if (fallback == null) {
                fallback = value;
            }
            List<int[]> marks = marks(text.getKey(), value, matched);
            if (!marks.isEmpty()) {
                return render(value, marks);
            }
        }
        return fallback == null ? "" : render(fallback, List.of());
    }

    static String plain(String text) {
        return text == null ? "" : render(text, List.of());
    }

    private List<int[]> marks(String source, String text, Map<String, Set<String>> matched) {
        String analysed = text.length() > MAX_ANALYSED ? text.substring(0, MAX_ANALYSED) : text;
        boolean[] marked = new boolean[analysed.length()];
        boolean any = false;
        for (Map.Entry<String, Analyzer> entry : analyzersBySuffix.entrySet()) {
            String field = source + entry.getKey();
            Set<String> terms = matched.get(field);
            if (terms == null || terms.isEmpty()) {
                continue;
            }
            try (TokenStream stream = entry.getValue().tokenStream(field, analysed)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (terms.contains(term.toString())) {
                        for (int i = offset.startOffset(); i < offset.endOffset(); i++) {
                            marked[i] = true;
                        }
                        any = true;
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<int[]> marks = new ArrayList<>();
        if (!any) {
            return marks;
        }
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                int start = i;
                while (i < marked.length && marked[i]) {
                    i++;
                }
                marks.add(new int[] {start, i});
            }
        }
        return marks;
    }

    /** Picks the window holding the most marks, cuts it at word boundaries and escapes it. */
    private static String render(String text, List<int[]> marks) {
        int from = 0;
        if (!marks.isEmpty()) {
            int best = -1;
            for (int[] candidate : marks) {
                int start = Math.max(0, candidate[0] - LEAD);
                int count = 0;
                for (int[] mark : marks) {
                    if (mark[0] >= start && mark[1] <= start + LENGTH) {
                        count++;
                    }
                }
                if (count > best) {
                    best = count;
                    from = start;
                }
            }
        }
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space >= marksStartAfter(marks, from) ? from : space + 1;
        }
        int to = Math.min(text.length(), from + LENGTH);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        StringBuilder html = new StringBuilder(LENGTH + 64);
        if (from > 0) {
            html.append('…');
        }
        int at = from;
        for (int[] mark : marks) {
            if (mark[1] <= from || mark[0] >= to) {
                continue;
            }
            int start = Math.max(mark[0], from);
            int end = Math.min(mark[1], to);
            escape(text, at, start, html);
            html.append("<mark>");
            escape(text, start, end, html);
            html.append("</mark>");
            at = end;
        }
        escape(text, at, to, html);
        if (to < text.length()) {
            html.append('…');
        }
        return html.toString();
    }

    private static int marksStartAfter(List<int[]> marks, int from) {
        for (int[] mark : marks) {
            if (mark[0] >= from) {
                return mark[0];
            }
        }
        return Integer.MAX_VALUE;
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
