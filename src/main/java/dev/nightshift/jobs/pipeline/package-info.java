/**
 * Pipelines: a {@code kind: pipeline} definition becomes a Spring Batch job of one
 * {@code JobStep} per child job, in order, each child getting its parameters from the
 * pipeline's. Restart skips the children that completed and continues the failed child
 * from its failed step, because each child is a job instance of its own. It knows
 * definitions and Spring Batch only, not {@code ops} or {@code cli}: the caller gives it
 * the child jobs and the operator that starts them.
 */
package dev.nightshift.jobs.pipeline;
