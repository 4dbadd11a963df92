package org.freqbias.core.spectrum;

import org.freqbias.core.grid.Domain;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The transform of a function sampled on a 1D {@link Domain}, r^(xi) = dx sum_i r(x_i) exp(-i xi x_i),
 * at evenly spaced frequencies xi_j = first + j step (j = 0..count-1) rather than only the FFT ones:
 * the 1D partner of {@link GridTransform2D}. At the FFT frequencies it is the sum {@link Spectrum}
 * evaluates; in between it is the exact transform of the sampled function (not an interpolation),
 * which a PDE mesh finer than the FFT grid needs. Frequencies beyond the Nyquist frequency pi/dx,
 * where the samples say nothing, get 0.
 *
 * <p>Two ways to the same sum, chosen here:
 * <ul>
 *   <li>When the step divides the FFT spacing dxi = pi/L by an integer p and the frequencies are
 *       multiples of the step (a PDE mesh of p elements per FFT spacing), every xi_j = k step is a
 *       frequency of the zero-padded FFT of length p N: with x_i = -L + i dx,
 *       exp(-i k step x_i) = exp(i pi k / p) exp(-2 pi i k i / (p N)). O(p N log(p N)).</li>
 *   <li>Otherwise a direct sum, exp(-i xi_j x_i) advanced from sample to sample by one complex
 *       rotation exp(-i xi_j dx) and re-seeded with cos/sin every {@value #RESEED} samples (the
 *       rotation's rounding drift stays near 1e-14). O(count N).</li>
 * </ul>
 */
public final class LineTransform {

    /** Largest zero-padded FFT (doubles) taken for the fast path; beyond it the direct sum is used. */
    static final int MAX_FFT_LENGTH = 1 << 22;

    /** Samples between exact re-seeds of the rotation recurrence of the direct sum. */
    static final int RESEED = 64;

    /** Relative tolerance for "the step divides dxi" and "first is a multiple of the step". */
    private static final double COMMENSURATE = 1e-9;

    private LineTransform() {
    }

    /**
     * r^(first + j step) for j = 0..count-1, as {re, im}; 0 beyond the Nyquist frequency.
     *
     * @param values r at the grid points x_i (not modified)
     * @param step   spacing of the frequencies, > 0
     */
    public static double[][] at(double[] values, Domain domain, double first, double step, int count) {
        int n = domain.samples();
        if (domain.dimension() != 1 || values.length != n) {
            throw new IllegalArgumentException("expected " + n + " samples on a 1D domain, got " + values.length);
        }
        if (!(step > 0) || !Double.isFinite(step) || !Double.isFinite(first) || count < 0) {
            throw new IllegalArgumentException("need a finite first frequency, a step > 0 and count >= 0, got "
                    + first + ", " + step + ", " + count);
        }
        double ratio = domain.frequencySpacing() / step;
        long p = Math.round(ratio);
        double offset = first / step;
        long q = Math.round(offset);
        boolean commensurate = p >= 1 && Math.abs(ratio - p) <= COMMENSURATE * p
                && Math.abs(offset - q) <= COMMENSURATE * Math.max(1, Math.abs(offset));
        if (commensurate && p * n <= MAX_FFT_LENGTH) {
            return byFft(values, domain, (int) p, q, count);
        }
        return direct(values, domain, first, step, count);
    }

    /** The fast path: frequencies k step with k = q + j and step = dxi / p. */
    private static double[][] byFft(double[] values, Domain domain, int p, long q, int count) {
        int n = domain.samples();
        int length = p * n;
        double[] a = new double[length];
        System.arraycopy(values, 0, a, 0, n);
        new DoubleFFT_1D(length).realForward(a);   // a[0] = F_0, a[1] = F_{L/2}, a[2m], a[2m+1] = F_m
        int half = length / 2;
        double dx = domain.spacing();
        double[] re = new double[count];
        double[] im = new double[count];
        for (int j = 0; j < count; j++) {
            long k = q + j;
            if (Math.abs(k) > (long) half) {
                continue;                            // beyond the Nyquist frequency pi / dx
            }
            int m = (int) Math.abs(k);
            double fRe = m == 0 ? a[0] : m == half ? a[1] : a[2 * m];
            double fIm = m == 0 || m == half ? 0 : a[2 * m + 1];
            if (k < 0) {
                fIm = -fIm;                          // F_{-m} = conj(F_m) for real data
            }
            double[] phase = halfTurns(Math.floorMod(k, 2L * p), p);
            re[j] = dx * (phase[0] * fRe - phase[1] * fIm);
            im[j] = dx * (phase[0] * fIm + phase[1] * fRe);
        }
        return new double[][] {re, im};
    }

    /**
     * exp(i pi a / p) for 0 <= a < 2p, exact at multiples of pi/2 (so that at the FFT frequencies,
     * p = 1, this path repeats {@link Spectrum}'s arithmetic bit for bit).
     */
    private static double[] halfTurns(long a, long p) {
        if ((2 * a) % p == 0) {
            return switch ((int) (2 * a / p)) {
                case 0 -> new double[] {1, 0};
                case 1 -> new double[] {0, 1};
                case 2 -> new double[] {-1, 0};
                default -> new double[] {0, -1};
            };
        }
        double angle = Math.PI * a / p;
        return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    /** The direct sum with a rotation recurrence; see the class comment. */
    private static double[][] direct(double[] values, Domain domain, double first, double step, int count) {
        int n = domain.samples();
        double dx = domain.spacing();
        double x0 = -domain.halfWidth();
        double nyquist = domain.nyquist() * (1 + 1e-12);
        double[] xi = new double[count];
        double[] wRe = new double[count];
        double[] wIm = new double[count];
        for (int j = 0; j < count; j++) {
            xi[j] = first + j * step;
            if (Math.abs(xi[j]) <= nyquist) {
                wRe[j] = Math.cos(xi[j] * dx);
                wIm[j] = -Math.sin(xi[j] * dx);
            }
        }
        double[] cRe = new double[count];
        double[] cIm = new double[count];
        double[] re = new double[count];
        double[] im = new double[count];
        for (int start = 0; start < n; start += RESEED) {
            double x = x0 + start * dx;
            for (int j = 0; j < count; j++) {
                boolean inside = wRe[j] != 0 || wIm[j] != 0;
                cRe[j] = inside ? Math.cos(xi[j] * x) : 0;
                cIm[j] = inside ? -Math.sin(xi[j] * x) : 0;
            }
            int end = Math.min(n, start + RESEED);
            for (int i = start; i < end; i++) {
                double r = values[i];
                for (int j = 0; j < count; j++) {
                    double c = cRe[j];
                    double s = cIm[j];
                    re[j] += r * c;
                    im[j] += r * s;
                    cRe[j] = c * wRe[j] - s * wIm[j];
                    cIm[j] = c * wIm[j] + s * wRe[j];
                }
            }
        }
        for (int j = 0; j < count; j++) {
            re[j] *= dx;
            im[j] *= dx;
        }
        return new double[][] {re, im};
    }
}
