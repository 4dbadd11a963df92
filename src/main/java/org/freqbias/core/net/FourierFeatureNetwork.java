package org.freqbias.core.net;
import java.util.SplittableRandom;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.session.NetworkSpec;
public final class FourierFeatureNetwork {
  final double[] w, a, c;
  FourierFeatureNetwork(double[] w, double[] a, double[] c) { this.w = w; this.a = a; this.c = c; }
  public static FourierFeatureNetwork initialize(NetworkSpec spec, FrequencyDistribution rho, long seed) {
    SplittableRandom r = new SplittableRandom(seed); int m = spec.width();
    double[] w = new double[m], a = new double[m], c = new double[m];
    for (int j = 0; j < m; j += 2) { w[j] = rho.sample(r); a[j] = spec.sigmaA()*r.nextGaussian(); c[j] = spec.sigmaA()*r.nextGaussian();
      w[j+1] = w[j]; a[j+1] = -a[j]; c[j+1] = -c[j]; }
    return new FourierFeatureNetwork(w, a, c);
  }
  public int width() { return w.length; }
  public double[] frequencies() { return w.clone(); }
  public double[] evaluate(double[] xs) { double[] f = new double[xs.length]; double s = 1/Math.sqrt(w.length);
    for (int i = 0; i < xs.length; i++) { double sum = 0; for (int j = 0; j < w.length; j++) sum += a[j]*Math.cos(w[j]*xs[i]) + c[j]*Math.sin(w[j]*xs[i]); f[i] = s*sum; } return f; }
}
