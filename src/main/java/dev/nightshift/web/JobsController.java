package dev.nightshift.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.definition.ParameterSpec;
import dev.nightshift.definition.PipelineStage;
import dev.nightshift.ops.BackgroundLaunches;
import dev.nightshift.ops.Launcher;
import dev.nightshift.ops.Started;
import dev.nightshift.web.ApiErrors.NotFoundException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The definitions, and launches: accepted at once (202), run in the background. */
@RestController
@RequestMapping("/api/jobs")
@ConditionalOnWebApplication
class JobsController {

	private final JobDefinitions definitions;

	private final Launcher launcher;

	private final BackgroundLaunches launches;

	private final DataRoots roots;

	JobsController(JobDefinitions definitions, Launcher launcher, BackgroundLaunches launches, DataRoots roots) {
		this.definitions = definitions;
		this.launcher = launcher;
		this.launches = launches;
		this.roots = roots;
	}

	@GetMapping
	List<JobView> jobs() {
		return this.definitions.all().stream().map(JobView::of).toList();
	}

	@PostMapping("/{name}/executions")
	ResponseEntity<Accepted> launch(@PathVariable String name, @RequestBody(required = false) LaunchRequest request) {
		JobDefinition definition = this.definitions.find(name)
			.orElseThrow(() -> new NotFoundException("unknown job '%s'".formatted(name)));
		LaunchRequest launch = (request != null) ? request : new LaunchRequest(Map.of(), false);
		Map<String, String> arguments = launch.arguments();
		this.roots.check(definition, arguments);
		Started started = this.launches.submit(this.launcher.prepare(name, arguments, launch.isNewRun()));
		return Accepted.of(started);
	}

	/**
	 * @param parameters name to value, as {@code name=value} on the command line
	 */
	record LaunchRequest(Map<String, Object> parameters, Boolean newRun) {

		boolean isNewRun() {
			return Boolean.TRUE.equals(this.newRun);
		}

		Map<String, String> arguments() {
			Map<String, String> arguments = new LinkedHashMap<>();
			if (this.parameters != null) {
				this.parameters.forEach((name, value) -> arguments.put(name, String.valueOf(value)));
			}
			return arguments;
		}

	}

	/** A launch or restart the server took: poll {@code location} for its progress. */
	record Accepted(long executionId, String job, String status, boolean restart, String location) {

		static ResponseEntity<Accepted> of(Started started) {
			long id = started.execution().getId();
			String location = "/api/executions/" + id;
			return ResponseEntity.accepted()
				.location(URI.create(location))
				.body(new Accepted(id, started.launch().jobName(), started.execution().getStatus().name(),
						started.isRestart(), location));
		}

	}

	record JobView(String name, String kind, String description, String schedule, String catchUp,
			List<ParameterView> parameters, List<String> jobs) {

		static JobView of(JobDefinition definition) {
			return new JobView(definition.name(), lower(definition.kind()), definition.description(),
					definition.schedule(), (definition.schedule() != null) ? lower(definition.catchUp()) : null,
					definition.parameters().values().stream().map(ParameterView::of).toList(),
					definition.stages().stream().map(PipelineStage::job).toList());
		}

	}

	record ParameterView(String name, String type, boolean required, String defaultValue, boolean identifying,
			String help, List<String> values, Long min) {

		static ParameterView of(ParameterSpec spec) {
			return new ParameterView(spec.name(), lower(spec.type()), spec.required(), spec.defaultValue(),
					spec.identifying(), spec.help(), spec.values(), spec.min());
		}

	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
