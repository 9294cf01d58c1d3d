package dev.nightshift.definition;

/**
 * A launch parameter that is unknown, missing or of the wrong type; the message says
 * which and why.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String value, String expected) {
		super((value == null) ? "parameter '%s' is missing: expected %s".formatted(parameter, expected)
				: "parameter '%s' has value '%s': expected %s".formatted(parameter, value, expected));
		this.parameter = parameter;
	}

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
