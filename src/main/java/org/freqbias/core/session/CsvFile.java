package org.freqbias.core.session;

import java.util.Objects;
import org.freqbias.core.target.SampledTarget;
import org.freqbias.core.target.Target;

/**
 * A target read from a CSV file, together with the path written in the session (relative to the
 * session file's folder), so that saving the session writes the same path back.
 */
public record CsvFile(String path, SampledTarget samples) implements Target {

    /** A CSV target file may hold at most this many bytes (65536 rows of two numbers fit easily). */
    public static final int MAX_BYTES = 8 << 20;

    public CsvFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(samples, "samples");
    }

    @Override
    public double value(double x) {
        return samples.value(x);
    }

    @Override
    public double[] nominalPeaks() {
        return samples.nominalPeaks();
    }
}
