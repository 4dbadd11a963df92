package org.freqbias.app.export;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;

/**
 * The CSS background fills and border strokes of a {@link Region} as SVG rectangles (rounded
 * where the radii say so), in the region's coordinates, drawn as JavaFX draws them: fills inside
 * their insets, then strokes, inside the insets by default. A border whose sides differ is drawn
 * side by side as lines (square corners). Background images, border images and shaped regions
 * are not translated: {@link #supports} sends such a region to the rasterizer.
 */
final class SvgRegions {

    private SvgRegions() {
    }

    /** Whether the region's decoration is made of fills and strokes only, with translatable paints. */
    static boolean supports(Region r) {
        Background bg = r.getBackground();
        Border border = r.getBorder();
        boolean fills = bg == null || (bg.getImages().isEmpty()
                && bg.getFills().stream().allMatch(f -> SvgDocument.translatable(f.getFill())));
        boolean strokes = border == null || (border.getImages().isEmpty() && border.getStrokes().stream()
                .allMatch(s -> List.of(s.getTopStroke(), s.getRightStroke(), s.getBottomStroke(), s.getLeftStroke())
                        .stream().allMatch(SvgDocument::translatable)));
        return r.getShape() == null && fills && strokes;
    }

    /** Appends the region's background fills, then its border strokes. */
    static void decoration(Region r, SvgDocument doc, StringBuilder out) {
        double w = r.getWidth();
        double h = r.getHeight();
        if (r.getBackground() != null) {
            for (BackgroundFill f : r.getBackground().getFills()) {
                SvgDocument.SvgPaint paint = doc.paint(f.getFill());
                SvgElement rect = rect(f.getInsets(), 0, f.getRadii(), w, h);
                if (paint != null && rect != null) {
                    rect.classes(r.getStyleClass()).attr("fill", paint.value());
                    opacity(rect, "fill-opacity", paint);
                    rect.appendTo(out);
                }
            }
        }
        if (r.getBorder() != null) {
            for (BorderStroke s : r.getBorder().getStrokes()) {
                stroke(s, w, h, doc, out);
            }
        }
    }

    private static void stroke(BorderStroke s, double w, double h, SvgDocument doc, StringBuilder out) {
        BorderWidths widths = s.getWidths();
        double top = width(widths.getTop(), widths.isTopAsPercentage(), h);
        double right = width(widths.getRight(), widths.isRightAsPercentage(), w);
        double bottom = width(widths.getBottom(), widths.isBottomAsPercentage(), h);
        double left = width(widths.getLeft(), widths.isLeftAsPercentage(), w);
        if (s.isStrokeUniform() && top == right && top == bottom && top == left) {
            SvgDocument.SvgPaint paint = doc.paint(s.getTopStroke());
            // The stroke's centre line lies half a width inside (INSIDE), on (CENTERED) or outside the insets.
            double shift = switch (s.getTopStyle().getType()) {
                case INSIDE -> top / 2;
                case OUTSIDE -> -top / 2;
                default -> 0;
            };
            SvgElement rect = rect(s.getInsets(), shift, s.getRadii(), w, h);
            if (paint != null && top > 0 && rect != null && s.getTopStyle() != BorderStrokeStyle.NONE) {
                rect.attr("fill", "none");
                strokeAttributes(rect, paint, top, s.getTopStyle());
                rect.appendTo(out);
            }
            return;
        }
        Insets in = s.getInsets();
        double x0 = in.getLeft();
        double y0 = in.getTop();
        double x1 = w - in.getRight();
        double y1 = h - in.getBottom();
        side(doc.paint(s.getTopStroke()), top, s.getTopStyle(), x0, y0 + top / 2, x1, y0 + top / 2, out);
        side(doc.paint(s.getRightStroke()), right, s.getRightStyle(), x1 - right / 2, y0, x1 - right / 2, y1, out);
        side(doc.paint(s.getBottomStroke()), bottom, s.getBottomStyle(), x0, y1 - bottom / 2, x1, y1 - bottom / 2, out);
        side(doc.paint(s.getLeftStroke()), left, s.getLeftStyle(), x0 + left / 2, y0, x0 + left / 2, y1, out);
    }

    /** One side of a border whose sides differ, drawn inside the insets. */
    private static void side(SvgDocument.SvgPaint paint, double width, BorderStrokeStyle style,
            double x1, double y1, double x2, double y2, StringBuilder out) {
        if (paint == null || width <= 0 || style == BorderStrokeStyle.NONE) {
            return;
        }
        SvgElement line = new SvgElement("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
        strokeAttributes(line, paint, width, style);
        line.appendTo(out);
    }

    private static void strokeAttributes(SvgElement e, SvgDocument.SvgPaint paint, double width, BorderStrokeStyle style) {
        e.attr("stroke", paint.value());
        opacity(e, "stroke-opacity", paint);
        if (width != 1) {
            e.attr("stroke-width", width);
        }
        List<Double> dashes = style.getDashArray();
        if (!dashes.isEmpty()) {
            // CSS "dotted" and "dashed" are in units of the border width; other arrays are lengths.
            boolean relative = style == BorderStrokeStyle.DOTTED || style == BorderStrokeStyle.DASHED;
            e.attr("stroke-dasharray", String.join(" ",
                    dashes.stream().map(d -> SvgElement.num(relative ? d * width : d)).toList()));
        }
        if (style.getLineCap() != StrokeLineCap.BUTT) {
            e.attr("stroke-linecap", style.getLineCap() == StrokeLineCap.ROUND ? "round" : "square");
        }
    }

    private static void opacity(SvgElement e, String attribute, SvgDocument.SvgPaint paint) {
        if (paint.opacity() < 1) {
            e.attr(attribute, SvgElement.num(paint.opacity(), 3));
        }
    }

    /**
     * The rectangle inside {@code insets} moved in by {@code shift} on every side, with the
     * radii of its top-left corner (uniform radii) or a path with one arc per corner; null when
     * it is empty.
     */
    private static SvgElement rect(Insets insets, double shift, CornerRadii radii, double w, double h) {
        double x = insets.getLeft() + shift;
        double y = insets.getTop() + shift;
        double rw = w - insets.getLeft() - insets.getRight() - 2 * shift;
        double rh = h - insets.getTop() - insets.getBottom() - 2 * shift;
        if (!(rw > 0 && rh > 0)) {
            return null;
        }
        double tlh = radius(radii.getTopLeftHorizontalRadius(), radii.isTopLeftHorizontalRadiusAsPercentage(), w, shift);
        double tlv = radius(radii.getTopLeftVerticalRadius(), radii.isTopLeftVerticalRadiusAsPercentage(), h, shift);
        if (radii.isUniform()) {
            SvgElement e = new SvgElement("rect").attr("x", x).attr("y", y).attr("width", rw).attr("height", rh);
            return tlh > 0 && tlv > 0 ? e.attr("rx", tlh).attr("ry", tlv) : e;
        }
        double trh = radius(radii.getTopRightHorizontalRadius(), radii.isTopRightHorizontalRadiusAsPercentage(), w, shift);
        double trv = radius(radii.getTopRightVerticalRadius(), radii.isTopRightVerticalRadiusAsPercentage(), h, shift);
        double brh = radius(radii.getBottomRightHorizontalRadius(), radii.isBottomRightHorizontalRadiusAsPercentage(), w, shift);
        double brv = radius(radii.getBottomRightVerticalRadius(), radii.isBottomRightVerticalRadiusAsPercentage(), h, shift);
        double blh = radius(radii.getBottomLeftHorizontalRadius(), radii.isBottomLeftHorizontalRadiusAsPercentage(), w, shift);
        double blv = radius(radii.getBottomLeftVerticalRadius(), radii.isBottomLeftVerticalRadiusAsPercentage(), h, shift);
        String d = "M" + p(x + tlh, y) + "H" + SvgElement.num(x + rw - trh) + corner(trh, trv, x + rw, y + trv)
                + "V" + SvgElement.num(y + rh - brv) + corner(brh, brv, x + rw - brh, y + rh)
                + "H" + SvgElement.num(x + blh) + corner(blh, blv, x, y + rh - blv)
                + "V" + SvgElement.num(y + tlv) + corner(tlh, tlv, x + tlh, y) + "Z";
        return new SvgElement("path").attr("d", d);
    }

    private static String corner(double rx, double ry, double x, double y) {
        return "A" + p(rx, ry) + " 0 0 1 " + p(x, y);
    }

    private static String p(double x, double y) {
        return SvgElement.num(x) + " " + SvgElement.num(y);
    }

    /** A corner radius in pixels, smaller by {@code shift} when the outline moves inward (never negative). */
    private static double radius(double r, boolean percentage, double size, double shift) {
        return Math.max(0, (percentage ? r * size : r) - shift);
    }

    private static double width(double v, boolean percentage, double size) {
        return percentage ? v * size : v;
    }
}
