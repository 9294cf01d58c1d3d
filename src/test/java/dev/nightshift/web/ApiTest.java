package dev.nightshift.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP: authentication and roles, launches and their refusals,
 * executions, path confinement, schedules, the OpenAPI description and metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "nightshift.serve=true" })
class ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OPERATOR = "olga:night-shift";

	private static final String VIEWER = "victor:read-only";

	private static Path root;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) {
		Path home = TestHome.create(registry, "api");
		root = home.resolve("data");
		try {
			Files.createDirectories(root.resolve("documents"));
			Files.writeString(root.resolve("documents/a.txt"), "one night two nights one shift\n");
			Files.createDirectories(root.resolve("no-json"));
			Files.writeString(root.resolve("no-json/notes.txt"), "nothing to ingest");
			Files.writeString(TestHome.copyShippedJobs(registry, home).resolve("sleeper.yml"),
					"name: sleeper\nkind: mapreduce\nparameters:\n" + "  name: {type: string, default: nap}\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("nightshift.serve.data-roots", root::toString);
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		registry.add("nightshift.serve.users.olga.password", () -> "{bcrypt}" + bcrypt.encode("night-shift"));
		registry.add("nightshift.serve.users.olga.role", () -> "operator");
		registry.add("nightshift.serve.users.victor.password", () -> "{bcrypt}" + bcrypt.encode("read-only"));
		registry.add("nightshift.serve.users.victor.role", () -> "viewer");
	}

	@Test
	void healthIsOpenAndEverythingElseNeedsCredentials() throws Exception {
		assertThat(get(null, "/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get(null, "/api/jobs").statusCode()).isEqualTo(401);
		assertThat(get("olga:wrong", "/api/jobs").statusCode()).isEqualTo(401);
		assertThat(get(null, "/v3/api-docs").statusCode()).isEqualTo(401);
		assertThat(post(null, "/api/jobs/wordcount/executions", "{}").statusCode()).isEqualTo(401);
	}

	@Test
	void aViewerReadsTheDefinitionsButMayNotAct() throws Exception {
		HttpResponse<String> jobs = get(VIEWER, "/api/jobs");

		assertThat(jobs.statusCode()).isEqualTo(200);
		JsonNode wordcount = find(json(jobs), "name", "wordcount");
		assertThat(find(wordcount.get("parameters"), "name", "lowercase").get("type").asString()).isEqualTo("boolean");
		assertThat(find(json(jobs), "name", "nightly").get("jobs").toString())
			.isEqualTo("[\"ingest\",\"correlation\",\"wordcount\"]");
		assertThat(post(VIEWER, "/api/jobs/wordcount/executions", launch("viewer")).statusCode()).isEqualTo(403);
		assertThat(post(VIEWER, "/api/executions/1/restart", "").statusCode()).isEqualTo(403);
		assertThat(post(VIEWER, "/api/executions/1/stop", "").statusCode()).isEqualTo(403);
	}

	@Test
	void anOperatorsLaunchIsAcceptedAtOnceRunsAndIsRefusedOnceComplete() throws Exception {
		HttpResponse<String> accepted = post(OPERATOR, "/api/jobs/wordcount/executions", launch("counts"));

		assertThat(accepted.statusCode()).isEqualTo(202);
		long id = json(accepted).get("executionId").asLong();
		assertThat(accepted.headers().firstValue("Location")).hasValue("/api/executions/" + id);
		JsonNode done = awaitEnd(id);
		assertThat(done.at("/execution/status").asString()).isEqualTo("COMPLETED");
		assertThat(done.at("/execution/steps").findValuesAsString("name")).contains("split", "map", "reduce",
				"publish");
		assertThat(Files.readString(root.resolve("out/counts/counts.tsv"))).startsWith("one\t2\n");
		assertThat(json(get(VIEWER, "/api/executions?job=wordcount&status=COMPLETED")).findValuesAsString("id"))
			.contains(String.valueOf(id));
		assertThat(json(get(VIEWER, "/api/executions?job=wordcount&status=FAILED")).findValuesAsString("id"))
			.doesNotContain(String.valueOf(id));

		HttpResponse<String> again = post(OPERATOR, "/api/jobs/wordcount/executions", launch("counts"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(json(again).get("error").asString()).contains("already completed");
		assertThat(post(OPERATOR, "/api/executions/" + id + "/restart", "").statusCode()).isEqualTo(409);
		assertThat(post(OPERATOR, "/api/executions/" + id + "/stop", "").statusCode()).isEqualTo(409);
		assertThat(post(OPERATOR, "/api/executions/" + id + "/abandon", "").statusCode()).isEqualTo(409);
		HttpResponse<String> newRun = post(OPERATOR, "/api/jobs/wordcount/executions",
				launch("counts").replace("}}", "}, \"newRun\": true}"));
		assertThat(newRun.statusCode()).isEqualTo(202);
		awaitEnd(json(newRun).get("executionId").asLong());
	}

	@Test
	void aRunningExecutionIsStoppedAndThenRestartedWhereItStopped() throws Exception {
		long id = json(post(OPERATOR, "/api/jobs/sleeper/executions", "{\"parameters\": {\"name\": \"stop\"}}"))
			.get("executionId")
			.asLong();
		awaitStatus(id, "STARTED");

		HttpResponse<String> stopping = post(OPERATOR, "/api/executions/" + id + "/stop", "");

		assertThat(stopping.statusCode()).isEqualTo(202);
		assertThat(json(stopping).get("status").asString()).isEqualTo("STOPPING");
		assertThat(awaitEnd(id).at("/execution/status").asString()).isEqualTo("STOPPED");
		HttpResponse<String> restarted = post(OPERATOR, "/api/executions/" + id + "/restart", "");
		assertThat(restarted.statusCode()).isEqualTo(202);
		long again = json(restarted).get("executionId").asLong();
		awaitStatus(again, "STARTED");
		assertThat(
				post(OPERATOR, "/api/jobs/sleeper/executions", "{\"parameters\": {\"name\": \"stop\"}}").statusCode())
			.as("the instance is running")
			.isEqualTo(409);
		assertThat(post(OPERATOR, "/api/executions/" + again + "/stop", "").statusCode()).isEqualTo(202);
		assertThat(awaitEnd(again).at("/execution/status").asString()).isEqualTo("STOPPED");
	}

	@Test
	void aFailedRunIsRestartedThenAbandonedAndThenRefused() throws Exception {
		String body = "{\"parameters\": {\"input\": \"%s\", \"output\": \"%s\"}}".formatted(root.resolve("no-json"),
				root.resolve("out/stores"));
		long failed = json(post(OPERATOR, "/api/jobs/ingest/executions", body)).get("executionId").asLong();
		assertThat(awaitEnd(failed).at("/execution/status").asString()).isEqualTo("FAILED");
		assertThat(awaitEnd(failed).at("/execution/failure").asString()).contains("no-json");

		HttpResponse<String> restarted = post(OPERATOR, "/api/executions/" + failed + "/restart", "");
		assertThat(restarted.statusCode()).isEqualTo(202);
		assertThat(json(restarted).get("restart").asBoolean()).isTrue();
		long second = json(restarted).get("executionId").asLong();
		assertThat(awaitEnd(second).at("/execution/status").asString()).isEqualTo("FAILED");

		HttpResponse<String> abandoned = post(OPERATOR, "/api/executions/" + second + "/abandon", "");
		assertThat(abandoned.statusCode()).isEqualTo(200);
		assertThat(json(abandoned).get("status").asString()).isEqualTo("ABANDONED");
		assertThat(post(OPERATOR, "/api/executions/" + second + "/restart", "").statusCode()).isEqualTo(409);
	}

	@Test
	void badRequestsSayWhatIsWrongAndUnknownOnesAre404() throws Exception {
		HttpResponse<String> unknownParameter = post(OPERATOR, "/api/jobs/wordcount/executions",
				"{\"parameters\": {\"lowercas\": true}}");
		assertThat(unknownParameter.statusCode()).isEqualTo(400);
		assertThat(json(unknownParameter).get("parameter").asString()).isEqualTo("lowercas");
		HttpResponse<String> badValue = post(OPERATOR, "/api/jobs/wordcount/executions",
				launch("bad").replace("}}", ", \"partitions\": \"many\"}}"));
		assertThat(badValue.statusCode()).isEqualTo(400);
		assertThat(json(badValue).get("error").asString())
			.isEqualTo("parameter 'partitions' has value 'many': expected a whole number");
		assertThat(post(OPERATOR, "/api/jobs/wordcount/executions", "{not json").statusCode()).isEqualTo(400);
		assertThat(get(VIEWER, "/api/executions?status=DONE").statusCode()).isEqualTo(400);

		assertThat(post(OPERATOR, "/api/jobs/wordcont/executions", "{}").statusCode()).isEqualTo(404);
		assertThat(get(VIEWER, "/api/executions?job=wordcont").statusCode()).isEqualTo(404);
		assertThat(get(VIEWER, "/api/executions/987654").statusCode()).isEqualTo(404);
		assertThat(post(OPERATOR, "/api/executions/987654/restart", "").statusCode()).isEqualTo(404);
		assertThat(post(OPERATOR, "/api/executions/987654/stop", "").statusCode()).isEqualTo(404);
	}

	@Test
	void pathsThatLeaveTheDataRootsAreRefused() throws Exception {
		Path outside = Files.createTempDirectory("outside");
		Files.writeString(outside.resolve("secret.txt"), "not for the API");
		Files.createSymbolicLink(root.resolve("link"), outside);
		String parent = root.resolve("documents/../../jobs").toString();

		for (String input : new String[] { parent, "/etc", root.resolve("link").toString(),
				root.resolve("link/*.txt").toString() }) {
			HttpResponse<String> refused = post(OPERATOR, "/api/jobs/wordcount/executions",
					"{\"parameters\": {\"input\": \"%s\", \"output\": \"%s\"}}".formatted(input,
							root.resolve("out/x")));
			assertThat(refused.statusCode()).as(input).isEqualTo(400);
			assertThat(json(refused).get("parameter").asString()).isEqualTo("input");
			assertThat(json(refused).get("error").asString()).contains("a path inside the data roots");
		}
		HttpResponse<String> output = post(OPERATOR, "/api/jobs/wordcount/executions",
				"{\"parameters\": {\"input\": \"%s\", \"output\": \"/tmp/elsewhere\"}}"
					.formatted(root.resolve("documents")));
		assertThat(output.statusCode()).isEqualTo(400);
		assertThat(json(output).get("parameter").asString()).isEqualTo("output");
	}

	@Test
	void theSchedulesTheOpenApiDescriptionAndTheMetricsAreServed() throws Exception {
		JsonNode nightly = find(json(get(VIEWER, "/api/schedules")), "job", "nightly");
		assertThat(nightly.get("cron").asString()).isEqualTo("0 30 2 * * *");
		assertThat(nightly.get("next").asString()).contains("02:30");

		JsonNode openApi = json(get(VIEWER, "/v3/api-docs"));
		assertThat(openApi.get("paths").propertyNames()).contains("/api/jobs", "/api/jobs/{name}/executions",
				"/api/executions", "/api/executions/{id}", "/api/executions/{id}/restart", "/api/executions/{id}/stop",
				"/api/executions/{id}/abandon", "/api/schedules");

		long id = json(post(OPERATOR, "/api/jobs/wordcount/executions", launch("metrics"))).get("executionId").asLong();
		awaitEnd(id);
		HttpResponse<String> metrics = get(VIEWER, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("spring_batch_job");
	}

	private String launch(String output) {
		return "{\"parameters\": {\"input\": \"%s\", \"output\": \"%s\"}}".formatted(root.resolve("documents"),
				root.resolve("out").resolve(output));
	}

	private JsonNode awaitEnd(long id) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode execution = json(get(VIEWER, "/api/executions/" + id));
			String status = execution.at("/execution/status").asString();
			if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
				return execution;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("execution " + id + " did not end in 60 s");
	}

	private void awaitStatus(long id, String wanted) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (!json(get(VIEWER, "/api/executions/" + id)).at("/execution/status").asString().equals(wanted)) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("execution " + id + " is not " + wanted + " after 30 s");
			}
			Thread.sleep(50);
		}
	}

	/** A job that naps in steps of 20 ms until it is stopped. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Sleeper {

		@Bean
		Job sleeper(JobRepository repository, PlatformTransactionManager transactions) {
			Tasklet nap = (contribution, chunk) -> {
				Thread.sleep(20);
				return RepeatStatus.CONTINUABLE;
			};
			return new JobBuilder("sleeper", repository)
				.start(new StepBuilder("nap", repository).tasklet(nap, transactions).build())
				.build();
		}

	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + array);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String credentials, String path) throws Exception {
		return send(credentials, HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> post(String credentials, String path, String body) throws Exception {
		return send(credentials,
				HttpRequest.newBuilder(uri(path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(String credentials, HttpRequest.Builder request) throws Exception {
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
