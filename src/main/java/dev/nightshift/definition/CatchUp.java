package dev.nightshift.definition;

/**
 * What a scheduler that was down when a scheduled run was due does at start-up: the
 * missed run is only logged ({@code none}), or the most recent one runs once
 * ({@code latest}). Never every missed run: a server down for a week does not start seven
 * nights at once.
 */
public enum CatchUp {

	NONE, LATEST

}
