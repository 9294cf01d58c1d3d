/**
 * The {@code wordcount} job of seed 000: Python's {@code remove_punctuation} then
 * {@code str.split()}, counted on the engine. Owns its tokenizer, mapper and wiring;
 * imports the engine's public API and the definitions, nothing from {@code ops} or
 * {@code cli}.
 */
package dev.nightshift.jobs.wordcount;
