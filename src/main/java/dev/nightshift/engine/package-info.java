/**
 * The MapReduce engine on Spring Batch: split, partitioned map with combiner and spill,
 * shuffle, partitioned reduce and atomic publish. Its public types ({@link Mapper},
 * {@link Reducer}, {@link Combiner}, {@link Codec} and friends) are free of Spring, so a
 * user's job can be unit-tested with a list in and a list out;
 * {@link MapReduceJobFactory} turns a {@link MapReduceJob} into a Spring Batch job. The
 * engine knows nothing of any job and imports nothing from {@code dev.nightshift.jobs},
 * {@code ops} or {@code cli}.
 */
package dev.nightshift.engine;
