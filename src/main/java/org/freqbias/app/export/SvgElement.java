package org.freqbias.app.export;

import java.util.List;

/**
 * One SVG element being built: a tag, attributes in insertion order, and either text content or
 * nothing (then it is written self-closing). Values are XML-escaped on the way in; numbers are
 * written with at most two decimals ({@link #num}), a hundredth of a pixel at scale 1.
 */
final class SvgElement {

    private final String tag;
    private final StringBuilder attributes = new StringBuilder();
    private String content;

    SvgElement(String tag) {
        this.tag = tag;
    }

    /** Adds {@code name="value"}; a null value adds nothing. */
    SvgElement attr(String name, String value) {
        if (value != null) {
            attributes.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
        return this;
    }

    /** Adds a numeric attribute written by {@link #num}. */
    SvgElement attr(String name, double value) {
        return attr(name, num(value));
    }

    /** Adds {@code class="..."} from JavaFX style classes, or nothing when there are none. */
    SvgElement classes(List<String> styleClasses) {
        return styleClasses.isEmpty() ? this : attr("class", String.join(" ", styleClasses));
    }

    /** Whether no attribute was added (a bare group can be left out). */
    boolean isBare() {
        return attributes.length() == 0;
    }

    /** Sets the text content, escaped. */
    SvgElement text(String text) {
        this.content = escape(text);
        return this;
    }

    /** Sets content that is already SVG markup (tspans), written as is. */
    SvgElement markup(String svg) {
        this.content = svg;
        return this;
    }

    /** Writes the element and its content, self-closing when it has none. */
    void appendTo(StringBuilder out) {
        out.append('<').append(tag).append(attributes);
        if (content == null) {
            out.append("/>\n");
        } else {
            out.append('>').append(content).append("</").append(tag).append(">\n");
        }
    }

    /** Escapes text for element content and attribute values; drops characters XML 1.0 forbids. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** {@code v} rounded to two decimals, without trailing zeros: 12, 12.5, -0.25. */
    static String num(double v) {
        return num(v, 2);
    }

    /**
     * {@code v} rounded to {@code decimals} decimals (at most 9), without trailing zeros or a
     * negative zero; not-finite values are written as 0 (SVG has no NaN).
     */
    static String num(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(v) * scale);
        if (scaled == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        if (v < 0) {
            b.append('-');
        }
        b.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1); // keeps leading zeros
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
        return b.toString();
    }
}
