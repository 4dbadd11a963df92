package org.freqbias.core.deep;

/** {@link FourierFeatures} at arbitrary points: one {@link Math#cos} and {@link Math#sin} per entry. */
final class PointFeatures implements FourierFeatures {

    private final double[] points;
    private final int dimension;
    private final int features;
    private final double[] frequencies;

    /**
     * @param points n points in R^d, point i at points[i d .. i d + d - 1]; kept by reference and
     *               never modified
     */
    PointFeatures(ParameterLayout layout, double[] points) {
        dimension = layout.dimension();
        if (points.length % dimension != 0) {
            throw new IllegalArgumentException("points must hold n * d = n * " + dimension + " values, got "
                    + points.length);
        }
        this.points = points;
        features = layout.features();
        frequencies = new double[features * dimension];
    }

    @Override
    public int points() {
        return points.length / dimension;
    }

    @Override
    public double coordinate(int point, int axis) {
        return points[point * dimension + axis];
    }

    @Override
    public void load(double[] params) {
        System.arraycopy(params, 0, frequencies, 0, frequencies.length);
    }

    @Override
    public int scratchRows() {
        return 0;
    }

    @Override
    public void fill(int first, int count, double[][] z, double[][] scratch) {
        for (int r = 0; r < count; r++) {
            int i = first + r;
            double[] row = z[r];
            for (int j = 0; j < features; j++) {
                double theta = 0;
                for (int a = 0; a < dimension; a++) {
                    theta += frequencies[j * dimension + a] * points[i * dimension + a];
                }
                row[j] = Math.cos(theta);
                row[features + j] = Math.sin(theta);
            }
        }
    }
}
