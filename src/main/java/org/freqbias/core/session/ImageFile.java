package org.freqbias.core.session;

import java.util.Objects;
import org.freqbias.core.target.ImageTarget;
import org.freqbias.core.target.Target2D;

/**
 * An image target together with the path written in the session (relative to the session file's
 * folder), so that saving the session writes the same path back.
 */
public record ImageFile(String path, ImageTarget image) implements Target2D {

    public ImageFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(image, "image");
    }

    @Override
    public double value(double x1, double x2) {
        return image.value(x1, x2);
    }

    @Override
    public double[][] nominalPeaks() {
        return image.nominalPeaks();
    }
}
