package org.milex.bench;

import java.util.Arrays;

/** The latencies of one pass over a mix, and its throughput. */
public record Latencies(long[] nanos, double seconds, int errors, java.util.List<String> failures) {

    public double percentileMs(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    public double qps() {
        return nanos.length / seconds;
    }

    /** The median of several passes' values: the figure reported for a number of rounds. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
