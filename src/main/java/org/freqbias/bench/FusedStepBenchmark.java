package org.freqbias.bench;

import java.util.concurrent.TimeUnit;
import org.freqbias.core.net.FusedTrainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the 1D and 2D step benchmarks share: one fused trainer on the default thread count, one on
 * a single thread, both built by the subclass's setup; the subclass adds the plain-formula step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class FusedStepBenchmark {

    FusedTrainer parallel;
    FusedTrainer single;

    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
        single.close();
    }

    @Benchmark
    public double fastStep() {
        parallel.step();
        return parallel.loss();
    }

    @Benchmark
    public double fastStepOneThread() {
        single.step();
        return single.loss();
    }
}
