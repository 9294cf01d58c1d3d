package dev.nightshift.ops;

import org.springframework.batch.core.BatchStatus;

/**
 * What an operator may do to an execution in each {@link BatchStatus}, in one place, with
 * the reason and the way forward when the answer is no. Launch, restart, abandon (and
 * later stop and recover) all ask here.
 */
public final class LifecycleRules {

	/** What an operator asks for. */
	public enum Action {

		RESTART, STOP, ABANDON, RECOVER

	}

	private LifecycleRules() {
	}

	/**
	 * @return null when allowed, otherwise why not and what to do instead
	 */
	public static String refusal(Action action, BatchStatus status) {
		return switch (action) {
			case RESTART -> switch (status) {
				case FAILED, STOPPED -> null;
				case COMPLETED -> "it already completed; launch with --new-run for a fresh instance";
				case ABANDONED ->
					"it was abandoned and cannot be restarted; launch with --new-run for a fresh instance";
				case STARTING, STARTED, STOPPING ->
					"it is still running; stop it first (or recover it if its process died)";
				case UNKNOWN -> "its state is unknown; abandon it, then launch with --new-run";
			};
			case STOP -> switch (status) {
				case STARTING, STARTED, STOPPING -> null;
				default -> "it is not running (" + status + ")";
			};
			case ABANDON -> switch (status) {
				case FAILED, STOPPED, UNKNOWN -> null;
				case STARTING, STARTED, STOPPING ->
					"it is still running; stop it first (or recover it if its process died)";
				case COMPLETED -> "it completed; there is nothing to abandon";
				case ABANDONED -> "it is already abandoned";
			};
			case RECOVER -> switch (status) {
				case STARTING, STARTED, STOPPING -> null;
				default -> "it is not running (" + status + "); there is nothing to recover";
			};
		};
	}

}
