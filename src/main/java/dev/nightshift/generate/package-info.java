/**
 * Deterministic synthetic data for benchmarks and tests: the same seed and sizes always
 * give byte-identical files, so a benchmark on one machine can be repeated on another and
 * a test can assert exact numbers. Generators are plain Java, free of Spring, and import
 * nothing from other {@code dev.nightshift} packages; the CLI's {@code generate} command
 * calls into them.
 */
package dev.nightshift.generate;
