package org.freqbias.core.net;
public final class EmpiricalKernel { public static double[][] matrix(FourierFeatureNetwork n, double[] xs) { throw new UnsupportedOperationException(); } }
