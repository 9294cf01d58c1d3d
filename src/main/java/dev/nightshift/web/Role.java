package dev.nightshift.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a user of the API may do: read ({@code viewer}), or also act ({@code operator}).
 */
public enum Role {

	VIEWER, OPERATOR;

	public static Role of(String user, String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("user '%s' has role '%s': expected one of %s".formatted(user, text,
					Arrays.stream(values()).map(role -> role.name().toLowerCase(Locale.ROOT)).toList()));
		}
	}

}
