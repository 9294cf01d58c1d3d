package dev.nightshift.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.ops.LaunchRefusedException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The CLI's messages as JSON: a bad parameter is 400 and names it, an instance that is
 * running or complete (or a step its status does not allow) is 409, an unknown job or
 * execution is 404.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
class ApiErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, String>> badParameter(InvalidParameterException ex) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("parameter", ex.parameter());
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		return ResponseEntity.badRequest()
			.body(Map.of("error",
					"expected a JSON object like {\"parameters\": {\"name\": \"value\"}, \"newRun\": false}: "
							+ cause.getMessage().lines().findFirst().orElse("")));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> refused(LaunchRefusedException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	static final class NotFoundException extends RuntimeException {

		NotFoundException(String message) {
			super(message);
		}

	}

}
