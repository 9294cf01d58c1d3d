/**
 * The scheduler of {@code serve}: fires every definition that has a {@code schedule} (a
 * Spring cron expression in the configured time zone) as the instance of that night
 * ({@code run.date}), and at start-up catches up on a missed night as the definition's
 * {@code catch-up} says. It launches through {@code ops} and must not import {@code cli}
 * or {@code web}.
 */
package dev.nightshift.schedule;
