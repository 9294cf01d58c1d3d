package dev.nightshift.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON writer of {@code --json} output. */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Json() {
	}

	static void print(Object value) {
		System.out.println(MAPPER.writeValueAsString(value));
	}

}
