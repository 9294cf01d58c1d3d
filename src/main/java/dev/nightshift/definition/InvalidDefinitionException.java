package dev.nightshift.definition;

import java.nio.file.Path;

/** A job definition file that cannot be used, naming the file and the field. */
public class InvalidDefinitionException extends RuntimeException {

	public InvalidDefinitionException(Path file, String field, String problem) {
		super("%s: %s%s".formatted(file, (field == null) ? "" : field + ": ", problem));
	}

}
