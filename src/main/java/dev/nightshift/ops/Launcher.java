package dev.nightshift.ops;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.nightshift.definition.InvalidParameterException;
import dev.nightshift.definition.JobDefinition;
import dev.nightshift.definition.JobDefinitions;
import dev.nightshift.definition.JobKind;
import dev.nightshift.jobs.pipeline.PipelineJobFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Launches jobs by definition name with {@code name=value} arguments. Same identifying
 * parameters mean the same instance (Spring Batch): a completed instance is refused
 * unless a new run is asked for, a running one is refused, a failed or stopped one is
 * continued where it stopped.
 *
 * <p>
 * Starting is done here rather than by {@code JobOperator.start}, whose "already running"
 * check and insert are separate transactions: two launches at the same moment could both
 * pass it. Here orphan recovery, the check and the insert happen under one
 * {@link LaunchLock}, and the new execution records its owner at once.
 *
 * <pre>{@code
 * Launch launch = launcher.prepare("wordcount", Map.of("input", "data/documents"), false);
 * JobExecution execution = launcher.run(launch);
 * }</pre>
 */
@Component
public class Launcher {

	private final JobDefinitions definitions;

	private final JobRepository repository;

	private final BeanFactory beans;

	private final LaunchLock lock;

	private final RecoverOrphanedExecutionsTask recovery;

	private final ExecutionOwners owners;

	private final Heartbeat heartbeat;

	private final Clock clock;

	private final PipelineJobFactory pipelines;

	private final Map<String, Job> pipelineJobs = new ConcurrentHashMap<>();

	Launcher(JobDefinitions definitions, JobRepository repository, BeanFactory beans, LaunchLock lock,
			RecoverOrphanedExecutionsTask recovery, ExecutionOwners owners, Heartbeat heartbeat, Clock clock,
			PipelineJobFactory pipelines) {
		this.definitions = definitions;
		this.repository = repository;
		this.beans = beans;
		this.lock = lock;
		this.recovery = recovery;
		this.owners = owners;
		this.heartbeat = heartbeat;
		this.clock = clock;
		this.pipelines = pipelines;
	}

	/**
	 * Checks the job and its parameters.
	 * @throws InvalidParameterException for an unknown job or a bad parameter
	 */
	public Launch prepare(String jobName, Map<String, String> arguments, boolean newRun) {
		JobDefinition definition = this.definitions.get(jobName);
		JobParameters parameters = definition.parse(arguments);
		if (newRun) {
			parameters = JobDefinition.withRunId(parameters, nextRunId(jobName));
		}
		return launchOf(definition, parameters);
	}

	Launch launchOf(JobDefinition definition, JobParameters parameters) {
		return new Launch(definition, job(definition), parameters);
	}

	/** A job's bean, or for a pipeline the job built from its definition (once). */
	private Job job(JobDefinition definition) {
		if (definition.kind() != JobKind.PIPELINE) {
			return this.beans.getBean(definition.name(), Job.class);
		}
		return this.pipelineJobs.computeIfAbsent(definition.name(),
				name -> this.pipelines.create(definition, this.definitions, child -> job(this.definitions.get(child)),
						new ChildJobOperator(this, this.definitions, this.repository)));
	}

	/** Starts and runs in this thread; returns when the execution has ended. */
	public JobExecution run(Launch launch) {
		return execute(start(launch));
	}

	/**
	 * Recovers orphans, then creates the execution and claims it for this process.
	 * @throws LaunchRefusedException when the instance completed, is running or may not
	 * continue
	 */
	public Started start(Launch launch) {
		return this.lock.holding(() -> {
			List<RecoverOrphanedExecutionsTask.Recovered> recovered = this.recovery.run();
			JobInstance instance = this.repository.getJobInstance(launch.jobName(), launch.parameters());
			JobExecution previous = (instance != null) ? this.repository.getLastJobExecution(instance) : null;
			ExecutionContext context = new ExecutionContext();
			if (previous != null) {
				refuseIfNotContinuable(launch.jobName(), previous);
				context = previous.getExecutionContext();
			}
			else if (instance == null) {
				validate(launch);
				instance = this.repository.createJobInstance(launch.jobName(), launch.parameters());
			}
			JobExecution execution = this.repository.createJobExecution(instance, launch.parameters(), context);
			this.owners.claim(execution.getId(), ExecutionOwner.self(this.clock.instant()));
			return new Started(launch, execution, previous, recovered);
		});
	}

	/** Runs a started execution in this thread, with a heartbeat while it runs. */
	public JobExecution execute(Started started) {
		JobExecution execution = started.execution();
		this.heartbeat.track(execution.getId());
		try {
			started.launch().job().execute(execution);
		}
		catch (JobInterruptedException ex) {
			// Recorded by the job itself: the execution is STOPPED.
		}
		finally {
			this.heartbeat.untrack(execution.getId());
		}
		return execution;
	}

	/** Recovers orphaned executions, under the same lock as launches. */
	public List<RecoverOrphanedExecutionsTask.Recovered> recoverOrphans() {
		return this.lock.holding(this.recovery::run);
	}

	private static void validate(Launch launch) {
		try {
			launch.job().getJobParametersValidator().validate(launch.parameters());
		}
		catch (InvalidJobParametersException ex) {
			throw new InvalidParameterException("parameters", ex.getMessage());
		}
	}

	private void refuseIfNotContinuable(String jobName, JobExecution previous) {
		boolean stepRunning = previous.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning());
		if (previous.getStatus().isRunning() || stepRunning) {
			Optional<ExecutionOwner> owner = this.owners.find(previous.getId());
			String by = owner.map(o -> o.host().equals(ExecutionOwner.localHost()) ? ", pid " + o.pid() : ", " + o)
				.orElse("");
			throw new LaunchRefusedException("%s with these parameters is already running (execution %d%s)"
				.formatted(jobName, previous.getId(), by));
		}
		String refusal = LifecycleRules.refusal(LifecycleRules.Action.RESTART, previous.getStatus());
		if (refusal != null) {
			throw new LaunchRefusedException("%s with these parameters cannot run again (execution %d, %s): %s"
				.formatted(jobName, previous.getId(), previous.getStatus(), refusal));
		}
	}

	private long nextRunId(String jobName) {
		long max = 0;
		for (JobInstance instance : this.repository.getJobInstances(jobName, 0, Integer.MAX_VALUE)) {
			JobExecution last = this.repository.getLastJobExecution(instance);
			Long runId = (last != null) ? last.getJobParameters().getLong(JobDefinition.RUN_ID) : null;
			if (runId != null) {
				max = Math.max(max, runId);
			}
		}
		return max + 1;
	}

}
