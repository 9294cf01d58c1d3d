/**
 * The REST API of {@code serve}: JSON over HTTP for the definitions, launches, executions
 * and schedules, behind HTTP Basic authentication with two roles ({@code viewer} reads,
 * {@code operator} also launches, restarts, stops and abandons). It uses {@code ops},
 * {@code definition} and {@code schedule}; nothing imports it. Its beans exist only in a
 * web application context, which only {@code serve} starts.
 */
package dev.nightshift.web;
