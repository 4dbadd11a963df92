package org.freqbias.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A JavaFX {@link Text} as one SVG {@code <text>}: font family, size, weight and style, fill,
 * and one line per line JavaFX laid out (explicit line breaks and wrapping), each placed on its
 * baseline and anchored by the text's alignment (start, middle or end of the line JavaFX
 * measured), so that a renderer with slightly different glyph advances still keeps centred and
 * right-aligned text in place.
 */
final class SvgText {

    /** One laid-out line: its characters, left and right edge, and baseline, in the text's local coordinates. */
    private record Line(String text, double left, double right, double baseline) {
    }

    private SvgText() {
    }

    /** {@code text} as an SVG element, or null when it draws nothing (empty, or neither fill nor stroke). */
    static SvgElement element(Text text, SvgDocument doc) {
        String s = text.getText();
        SvgDocument.SvgPaint fill = doc.paint(text.getFill());
        SvgDocument.SvgPaint stroke = text.getStrokeWidth() > 0 ? doc.paint(text.getStroke()) : null;
        if (s == null || s.isBlank() || (fill == null && stroke == null)) {
            return null;
        }
        List<Line> lines = lines(text);
        if (lines.isEmpty()) {
            return null;
        }
        SvgElement e = new SvgElement("text").classes(text.getStyleClass());
        font(text.getFont(), e);
        String anchor = switch (text.getTextAlignment()) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> null; // start: SVG's default
        };
        e.attr("text-anchor", anchor);
        e.attr("fill", fill == null ? "none" : fill.value());
        if (fill != null && fill.opacity() < 1) {
            e.attr("fill-opacity", SvgElement.num(fill.opacity(), 3));
        }
        if (stroke != null) {
            e.attr("stroke", stroke.value()).attr("stroke-width", text.getStrokeWidth());
        }
        if (text.isUnderline() || text.isStrikethrough()) {
            e.attr("text-decoration", text.isUnderline() ? "underline" : "line-through");
        }
        if (lines.stream().anyMatch(l -> !l.text().equals(l.text().strip()) || l.text().contains("  "))) {
            e.attr("xml:space", "preserve");
        }
        if (lines.size() == 1) {
            Line l = lines.get(0);
            return e.attr("x", anchorX(l, text.getTextAlignment())).attr("y", l.baseline()).text(l.text());
        }
        StringBuilder spans = new StringBuilder();
        for (Line l : lines) {
            spans.append("<tspan x=\"").append(SvgElement.num(anchorX(l, text.getTextAlignment())))
                    .append("\" y=\"").append(SvgElement.num(l.baseline())).append("\">")
                    .append(SvgElement.escape(l.text())).append("</tspan>");
        }
        return e.markup(spans.toString());
    }

    private static double anchorX(Line l, TextAlignment alignment) {
        return switch (alignment) {
            case CENTER -> (l.left() + l.right()) / 2;
            case RIGHT -> l.right();
            default -> l.left();
        };
    }

    /**
     * The lines as JavaFX laid them out: a new line starts where the caret's top moves down
     * (a line break or a wrap). Trailing blanks are dropped (JavaFX does not count them when it
     * aligns a line); each line's edges come from the shape of its character range.
     */
    private static List<Line> lines(Text text) {
        String s = text.getText();
        Bounds bounds = text.getLayoutBounds();
        double firstBaseline = bounds.getMinY() + text.getBaselineOffset();
        List<Line> lines = new ArrayList<>();
        double firstTop = Double.NaN;
        int start = 0;
        double top = Double.NaN;
        for (int i = 0; i <= s.length(); i++) {
            double caretTop = i < s.length() ? top(text.caretShape(i, true)) : Double.POSITIVE_INFINITY;
            if (i == 0) {
                top = caretTop;
                firstTop = caretTop;
                continue;
            }
            if (caretTop > top + 0.5 || i == s.length()) {
                addLine(text, s, start, i, firstBaseline + (top - firstTop), lines);
                start = i;
                top = caretTop;
            }
        }
        return lines;
    }

    private static void addLine(Text text, String s, int start, int end, double baseline, List<Line> lines) {
        int trimmed = end;
        while (trimmed > start && Character.isWhitespace(s.charAt(trimmed - 1))) {
            trimmed--;
        }
        if (trimmed == start) {
            return;
        }
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (PathElement el : text.rangeShape(start, trimmed)) {
            double x = el instanceof MoveTo m ? m.getX() : el instanceof LineTo l ? l.getX() : Double.NaN;
            if (!Double.isNaN(x)) {
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
        }
        if (left <= right) {
            lines.add(new Line(s.substring(start, trimmed), left, right, baseline));
        }
    }

    private static double top(PathElement[] caret) {
        double top = Double.POSITIVE_INFINITY;
        for (PathElement el : caret) {
            if (el instanceof MoveTo m) {
                top = Math.min(top, m.getY());
            } else if (el instanceof LineTo l) {
                top = Math.min(top, l.getY());
            }
        }
        return top;
    }

    /**
     * Font attributes. JavaFX's logical families become SVG's generic ones ("System" and
     * "SansSerif" are the platform's sans-serif, which is what JavaFX draws them with); a named
     * family is kept, with sans-serif after it for renderers that lack it. Weight and style come
     * from the words of the font's style name ("Bold Italic").
     */
    private static void font(Font font, SvgElement e) {
        String family = switch (font.getFamily()) {
            case "System", "SansSerif" -> "sans-serif";
            case "Serif" -> "serif";
            case "Monospaced" -> "monospace";
            default -> "'" + font.getFamily().replace("'", "") + "', sans-serif";
        };
        e.attr("font-family", family).attr("font-size", font.getSize());
        String style = font.getStyle().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
        e.attr("font-weight", weight(style));
        if (style.contains("italic") || style.contains("oblique")) {
            e.attr("font-style", "italic");
        }
    }

    /** The CSS weight named in a style such as "semibold" or "bolditalic"; null for regular. */
    private static String weight(String style) {
        String[][] names = {{"thin", "100"}, {"hairline", "100"}, {"extralight", "200"}, {"ultralight", "200"},
            {"semibold", "600"}, {"demibold", "600"}, {"extrabold", "800"}, {"ultrabold", "800"},
            {"black", "900"}, {"heavy", "900"}, {"light", "300"}, {"medium", "500"}, {"bold", "bold"}};
        for (String[] n : names) {
            if (style.contains(n[0])) {
                return n[1];
            }
        }
        return null;
    }
}
