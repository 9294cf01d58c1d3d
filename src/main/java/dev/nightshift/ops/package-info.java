/**
 * Operating jobs: launching with definition-checked parameters, refusing what must not
 * run, and reading executions back for status, lists and progress. The facades here are
 * what the CLI (and later the REST API and scheduler) call; they never print. Imports
 * definitions, the engine and Spring Batch; never {@code cli} or {@code web}.
 */
package dev.nightshift.ops;
