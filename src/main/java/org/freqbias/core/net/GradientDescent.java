package org.freqbias.core.net;
import org.freqbias.core.grid.Domain;
public final class GradientDescent implements AutoCloseable {
  final double[] w, a, c, x, g; final double dx, eta; long steps;
  public GradientDescent(FourierFeatureNetwork n, Domain d, double[] g, double eta) { w = n.w.clone(); a = n.a.clone(); c = n.c.clone(); x = d.axis(); this.g = g.clone(); dx = d.spacing(); this.eta = eta; }
  public void step() { double[] r = fit(); for (int i = 0; i < r.length; i++) r[i] -= g[i]; double s = dx/Math.sqrt(w.length);
    for (int j = 0; j < w.length; j++) { double ga = 0, gc = 0, gw = 0; for (int i = 0; i < x.length; i++) { double co = Math.cos(w[j]*x[i]), si = Math.sin(w[j]*x[i]); ga += r[i]*co; gc += r[i]*si; gw += r[i]*x[i]*(-a[j]*si + c[j]*co); }
      a[j] -= eta*s*ga; c[j] -= eta*s*gc; w[j] -= eta*s*gw; } steps++; }
  public long stepsDone() { return steps; }
  public double[] fit() { return new FourierFeatureNetwork(w, a, c).evaluate(x); }
  public double loss() { double[] f = fit(); double L = 0; for (int i = 0; i < f.length; i++) L += (f[i]-g[i])*(f[i]-g[i]); return 0.5*L*dx; }
  public void close() {}
}
