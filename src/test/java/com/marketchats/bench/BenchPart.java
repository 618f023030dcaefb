package com.marketchats.bench;

/** One group of figures of the benchmark; each run adds one sample to each of its figures. */
interface BenchPart {

    /** The name {@code -Dbench.parts} selects it by. */
    String name();

    void run(int runs, Results results) throws Exception;
}
