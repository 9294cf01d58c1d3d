package dev.nightshift.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nightshift.definition.InvalidParameterException;

/** {@code name=value} command-line arguments. */
final class Arguments {

	private Arguments() {
	}

	static Map<String, String> parse(List<String> arguments) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (equals <= 0) {
				throw new InvalidParameterException(argument,
						"argument '%s' is not name=value (for example input=data/documents)".formatted(argument));
			}
			String name = argument.substring(0, equals);
			if (values.put(name, argument.substring(equals + 1)) != null) {
				throw new InvalidParameterException(name, "parameter '%s' is given twice".formatted(name));
			}
		}
		return values;
	}

}
