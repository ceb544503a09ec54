package ru.trajectory.practices.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PracticeHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
        "<body onload=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<<script>script>alert(1)<</script>/script>",
        "<form action=\"https://evil.example\"><input type=submit></form>",
        "<object data=\"x.swf\"></object>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>"
    })
    void noXssPayloadSurvives(String payload) {
        String clean = PracticeHtml.sanitize(payload).toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "onerror", "onload", "onclick", "javascript:", "<iframe", "<svg",
            "<style", "<form", "<object", "data:", "<img"}) {
            assertFalse(clean.contains(bad), () -> bad + " survived in " + clean);
        }
    }

    @Test
    void allowedMarkupStays() {
        String html = "<h3>Этапы</h3><p><strong>Первый</strong> и <em>второй</em></p><ul><li>пункт</li></ul>"
                + "<table><tr><td colspan=\"2\">ячейка</td></tr></table>";
        String clean = PracticeHtml.sanitize(html);
        assertTrue(clean.contains("<h3>Этапы</h3>"), clean);
        assertTrue(clean.contains("<strong>Первый</strong>"), clean);
        assertTrue(clean.contains("<li>пункт</li>"), clean);
        assertTrue(clean.contains("colspan=\"2\""), clean);
    }

    @Test
    void headingsAboveH3AreDroppedAndLinksGetNofollow() {
        String clean = PracticeHtml.sanitize("<h1>Большой</h1><a href=\"https://edsoo.ru\">ФГОС</a>");
        assertFalse(clean.contains("<h1"), clean);
        assertTrue(clean.contains("Большой"), clean);
        // The sanitiser orders the rel values as it likes; nofollow must be among them.
        assertTrue(clean.matches("(?s).*rel=\"[^\"]*\\bnofollow\\b[^\"]*\".*"), clean);
        assertTrue(clean.contains("href=\"https://edsoo.ru\""), clean);
    }

    @Test
    void plainTextKeepsWordsApartAndDecodesEntities() {
        String clean = PracticeHtml.sanitize("<p>Первый&nbsp;абзац</p><p>второй &amp; «третий» a@b</p>");
        assertEquals("Первый абзац второй & «третий» a@b", PracticeHtml.plain(clean));
    }
}
