package org.freqbias.core.lesson;

import java.util.List;

/**
 * A lesson: a title and its steps, every session resolved and every field checked when it was read
 * ({@link LessonReader}), so that playing it can only do what it says.
 */
public record Lesson(String title, List<LessonStep> steps) {

    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson has at least one step");
        }
    }

    /**
     * The step whose session step {@code k} runs in: {@code k} itself when it loads a session,
     * else the nearest step before it that does. Entering step k other than from step k - 1 means
     * loading that step's session and doing the actions of every step from there to k.
     */
    public int chainStart(int k) {
        int j = k;
        while (!steps.get(j).loadsSession()) {
            j--;
        }
        return j;
    }
}
