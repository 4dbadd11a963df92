package org.freqbias.bench;

import java.util.concurrent.TimeUnit;
import org.freqbias.core.net.Trainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the training-step benchmarks share: one trainer on the default thread count
 * ({@code fastStep}), one on a single thread ({@code fastStepOneThread}), both built by the
 * subclass's setup and closed here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class StepBenchmark {

    Trainer parallel;
    Trainer single;

    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
        single.close();
    }

    @Benchmark
    public long fastStep() {
        parallel.step();
        return parallel.stepsDone();
    }

    @Benchmark
    public long fastStepOneThread() {
        single.step();
        return single.stepsDone();
    }
}
