package dev.nightshift.readme;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.nightshift.NightshiftApplication;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.engine.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that a user can write a job from the README alone: the "Write your own job"
 * section's code is compiled as written, its unit test snippet runs, and the job runs on
 * the engine.
 */
class ReadmeExampleTest {

	@TempDir
	Path temp;

	@Test
	void theReadmeJobCompilesPassesItsUnitTestAndRuns() throws Exception {
		String section = section(Files.readString(Path.of("README.md")), "## Write your own job");
		List<String> java = blocks(section, "java");
		List<String> yaml = blocks(section, "yaml");
		assertThat(java).hasSize(2);
		assertThat(yaml).hasSize(1);
		Path classes = compile(Map.of("com/example/index/InvertedIndexJobConfiguration.java", java.get(0),
				"com/example/index/ReadmeSnippet.java", snippetClass(java.get(1))));

		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			loader.loadClass("com.example.index.ReadmeSnippet").getMethod("run").invoke(null);
			Class<?> configuration = loader.loadClass("com.example.index.InvertedIndexJobConfiguration");
			Path output = this.temp.resolve("out");
			assertThat(runJob(loader, configuration, yaml.get(0), output)).isEqualTo(BatchStatus.COMPLETED);
			assertThat(Files.readString(output.resolve("index.tsv"))).isEqualTo(expectedIndex());
		}
	}

	private BatchStatus runJob(ClassLoader loader, Class<?> configuration, String definition, Path output)
			throws Exception {
		Path jobs = Files.createDirectories(this.temp.resolve("jobs"));
		try (Stream<Path> shipped = Files.list(Path.of("jobs"))) {
			for (Path file : shipped.toList()) {
				Files.copy(file, jobs.resolve(file.getFileName()));
			}
		}
		Files.writeString(jobs.resolve("invertedindex.yml"), definition);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NightshiftApplication.class,
				configuration)
			.resourceLoader(new DefaultResourceLoader(loader))
			.run("--nightshift.home=" + this.temp.resolve("home"), "--nightshift.jobs=" + jobs,
					"--spring.datasource.url=jdbc:h2:file:" + this.temp.resolve("home/repository"))) {
			JobDefinitions definitions = context.getBean(JobDefinitions.class);
			Job job = context.getBean("invertedindex", Job.class);
			JobExecution execution = context.getBean(JobOperator.class)
				.start(job, definitions.get("invertedindex")
					.parse(Map.of("input", "data/documents", "output", output.toString())));
			return execution.getStatus();
		}
	}

	/** The documents of every word of the sample, found plainly, in index.tsv order. */
	private static String expectedIndex() throws IOException {
		Map<String, Set<String>> index = new TreeMap<>();
		for (Path file : InputFiles.resolve("data/documents")) {
			for (String word : Files.readString(file).toLowerCase(Locale.ROOT).split("\\W+")) {
				if (!word.isEmpty()) {
					index.computeIfAbsent(word, key -> new TreeSet<>()).add(file.getFileName().toString());
				}
			}
		}
		return index.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "\t" + String.join(",", entry.getValue()) + "\n")
			.collect(Collectors.joining());
	}

	private static String snippetClass(String snippet) {
		return """
				package com.example.index;

				import java.util.ArrayList;
				import java.util.List;

				import dev.nightshift.engine.ByteSlice;
				import com.example.index.InvertedIndexJobConfiguration.DocumentWords;

				import static org.assertj.core.api.Assertions.assertThat;

				public class ReadmeSnippet {

					public static void run() {
				%s
					}

				}
				""".formatted(snippet);
	}

	private Path compile(Map<String, String> sources) throws IOException {
		Path sourceRoot = this.temp.resolve("src");
		Path classes = Files.createDirectories(this.temp.resolve("classes"));
		List<String> arguments = new ArrayList<>(
				List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"));
		for (Map.Entry<String, String> source : sources.entrySet()) {
			Path file = sourceRoot.resolve(source.getKey());
			Files.createDirectories(file.getParent());
			Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
			arguments.add(file.toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
		return classes;
	}

	private static String section(String markdown, String heading) {
		int start = markdown.indexOf(heading);
		assertThat(start).as("README has a section " + heading).isNotNegative();
		int end = markdown.indexOf("\n## ", start + heading.length());
		return markdown.substring(start, (end < 0) ? markdown.length() : end);
	}

	private static List<String> blocks(String markdown, String language) {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(markdown);
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

}
