/**
 * The {@code skills} job of seed 002: how often each skill of a list occurs in the
 * descriptions of job postings, as Python's
 * {@code description.lower().count(skill.lower())} summed over postings, on the engine.
 * Owns the CSV reading of postings (record-aligned splits, rejects), the skill list (a
 * side input), the multi-pattern matcher and the wiring; imports the engine's public API
 * and the definitions, nothing from {@code ops} or {@code cli}.
 */
package dev.nightshift.jobs.skills;
