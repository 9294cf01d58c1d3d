package dev.nightshift.ops;

/** A launch that must not happen: the instance already completed, or is running now. */
public class LaunchRefusedException extends RuntimeException {

	public LaunchRefusedException(String message) {
		super(message);
	}

	public LaunchRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
