package dev.nightshift.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import dev.nightshift.definition.JobDefinitions;

import dev.nightshift.support.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pipeline's children: stopping the pipeline stops the running child (on executions
 * written straight into a repository, owned by this process, so nothing is an orphan),
 * and a child instance that completed is not run again.
 */
@SpringBootTest
class ChildJobsTest {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.create(registry, "child-jobs");
	}

	@Autowired
	JobRepository repository;

	@Autowired
	ExecutionOwners owners;

	@Autowired
	ExecutionControl control;

	@Autowired
	ExecutionQueries queries;

	@Autowired
	Launcher launcher;

	@Autowired
	JobDefinitions definitions;

	@TempDir
	Path temp;

	@Test
	void aChildInstanceThatAlreadyCompletedCountsAsDoneAndIsNotRunAgain() throws Exception {
		Path documents = Files.createDirectories(this.temp.resolve("documents"));
		Files.writeString(documents.resolve("a.txt"), "a child that ran\n");
		Launch launch = this.launcher.prepare("wordcount",
				Map.of("input", documents.toString(), "output", this.temp.resolve("out").toString()), false);
		JobExecution completed = this.launcher.run(launch);
		assertThat(completed.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		JobExecution child = new ChildJobOperator(this.launcher, this.definitions, this.repository).start(launch.job(),
				launch.parameters());

		assertThat(child.getId()).isEqualTo(completed.getId());
		assertThat(this.repository.getJobExecutions(completed.getJobInstance())).hasSize(1);
	}

	@Test
	void stoppingAPipelineStopsItsRunningChildAndProgressFollowsTheChild() {
		JobExecution pipeline = running("stop-pipeline");
		JobExecution finishedChild = running("stop-first-child");
		finishedChild.setStatus(BatchStatus.COMPLETED);
		finishedChild.setEndTime(LocalDateTime.now());
		this.repository.update(finishedChild);
		step(pipeline, "first", BatchStatus.COMPLETED, finishedChild);
		JobExecution child = running("stop-child");
		StepExecution childStep = this.repository.createStepExecution("count", child);
		childStep.setStatus(BatchStatus.STARTED);
		childStep.setReadCount(1234);
		this.repository.update(childStep);
		step(pipeline, "second", BatchStatus.STARTED, child);

		assertThat(this.queries.progress(pipeline.getId())).hasValueSatisfying(progress -> {
			assertThat(progress.step()).isEqualTo("second › count");
			assertThat(progress.recordsRead()).isEqualTo(1234);
		});

		this.control.stop(pipeline.getId());

		assertThat(this.repository.getJobExecution(pipeline.getId()).getStatus()).isEqualTo(BatchStatus.STOPPING);
		assertThat(this.repository.getJobExecution(child.getId()).getStatus()).isEqualTo(BatchStatus.STOPPING);
		assertThat(this.repository.getJobExecution(finishedChild.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private void step(JobExecution pipeline, String name, BatchStatus status, JobExecution child) {
		StepExecution step = this.repository.createStepExecution(name, pipeline);
		step.setStatus(status);
		this.repository.update(step);
		step.getExecutionContext().putLong(ChildJobOperator.CHILD_EXECUTION_KEY, child.getId());
		this.repository.updateExecutionContext(step);
	}

	private JobExecution running(String job) {
		JobParameters parameters = new JobParametersBuilder().addString("run", job).toJobParameters();
		JobInstance instance = this.repository.createJobInstance(job, parameters);
		JobExecution execution = this.repository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now());
		this.repository.update(execution);
		this.owners.claim(execution.getId(), ExecutionOwner.self(Instant.now()));
		return execution;
	}

}
