package dev.nightshift.jobs.correlation;

import dev.nightshift.engine.WorkArea;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A partition of step {@code pairs}: one tile of the upper triangle, its correlations and
 * common dates into the work area. Counts: read = pairs of the tile, written = those with
 * a correlation (not NaN).
 */
final class PairsTasklet implements Tasklet {

	static final String TILE = "correlation.tile";

	private final BlockCache blocks;

	PairsTasklet(BlockCache blocks) {
		this.blocks = blocks;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		CorrelationParameters parameters = CorrelationParameters.of(step.getJobParameters());
		WorkArea area = WorkArea.of(step.getJobExecution());
		TilePlan plan = TilePlan.read(area);
		TilePlan.Tile tile = plan.tiles().get(step.getExecutionContext().getInt(TILE));
		Block rows = this.blocks.get(area, plan, tile.row());
		Block columns = (tile.row() == tile.column()) ? rows : this.blocks.get(area, plan, tile.column());
		PairwiseCorrelation.Tile result = PairwiseCorrelation.compute(rows, columns, parameters.minPeriods());
		TileResults.write(tile.resultFile(area), result);
		long pairs = 0;
		long correlated = 0;
		for (int i = 0; i < result.rows(); i++) {
			for (int j = (rows == columns) ? i + 1 : 0; j < result.columns(); j++) {
				pairs++;
				correlated += Double.isNaN(result.r()[i * result.columns() + j]) ? 0 : 1;
			}
		}
		step.setReadCount(pairs);
		contribution.incrementWriteCount(correlated);
		return RepeatStatus.FINISHED;
	}

}
