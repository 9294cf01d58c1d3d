package dev.nightshift.definition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The types a definition may give a parameter, each with its parser and the Java type
 * stored.
 */
public enum ParameterType {

	STRING(String.class, "text") {
		@Override
		Object parse(String text) {
			return text;
		}
	},
	/**
	 * Stored absolute and normalised, so {@code data/x} and {@code ./data/x} are one
	 * instance.
	 */
	PATH(String.class, "a file or folder path") {
		@Override
		Object parse(String text) {
			if (text.isBlank()) {
				throw new IllegalArgumentException();
			}
			return Path.of(text).toAbsolutePath().normalize().toString();
		}
	},
	INT(Long.class, "a whole number") {
		@Override
		Object parse(String text) {
			return Long.parseLong(text.trim());
		}
	},
	DOUBLE(Double.class, "a number") {
		@Override
		Object parse(String text) {
			return Double.parseDouble(text.trim());
		}
	},
	BOOLEAN(Boolean.class, "true or false") {
		@Override
		Object parse(String text) {
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
				case "true", "yes", "on" -> true;
				case "false", "no", "off" -> false;
				default -> throw new IllegalArgumentException();
			};
		}
	},
	DATE(LocalDate.class, "a date like 2026-11-21") {
		@Override
		Object parse(String text) {
			return LocalDate.parse(text.trim());
		}
	};

	private final Class<?> javaType;

	private final String expected;

	ParameterType(Class<?> javaType, String expected) {
		this.javaType = javaType;
		this.expected = expected;
	}

	abstract Object parse(String text);

	/** Parses or says, in words an operator understands, what was expected. */
	Object parseOrExplain(String name, String text) {
		try {
			return parse(text);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new InvalidParameterException(name, text, expected());
		}
	}

	public Class<?> javaType() {
		return this.javaType;
	}

	public String expected() {
		return this.expected;
	}

	public String yamlName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
