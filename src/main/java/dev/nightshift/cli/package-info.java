/**
 * The operator CLI (picocli): parses commands, starts Spring only for commands that need
 * it, prints progress, summaries and JSON, and maps outcomes to the exit codes of DESIGN
 * §3. Calls {@code ops} facades; holds no job logic.
 */
package dev.nightshift.cli;
