package org.freqbias.core.deep;

/** A named block [offset, offset + size) of the flat parameter vector, e.g. "hidden1.weights". */
public record ParameterGroup(String name, int offset, int size) {
}
