package org.freqbias.core.lesson;

import org.freqbias.core.kernel.KernelFlowKind;

/**
 * What a lesson step does once its session is loaded, in order; each action waits for the one
 * before it (a play waits until the run pauses or ends). In a lesson file an action is a string
 * ("play", "pause", "reset", "pin") or an object with one key ({"playUntil": 2.5},
 * {"kernelLimit": true}, {"linearized": false}); see README.md, Lessons.
 */
public sealed interface LessonAction {

    /** Play until gradient-flow time {@code time} (the first snapshot at or after it), then pause. */
    record PlayUntil(double time) implements LessonAction {
    }

    /** Play until the run ends. */
    record Play() implements LessonAction {
    }

    record Pause() implements LessonAction {
    }

    /** Start the run over from step 0, paused. */
    record Reset() implements LessonAction {
    }

    /** Keep the current run for comparison (the run list's pin). */
    record Pin() implements LessonAction {
    }

    /** Switch the kernel flow of {@code kind} on or off. */
    record ShowKernelFlow(KernelFlowKind kind, boolean shown) implements LessonAction {
    }
}
