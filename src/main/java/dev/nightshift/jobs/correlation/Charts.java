package dev.nightshift.jobs.correlation;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.nightshift.store.SeriesFrame;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The job's two PNGs, drawn headless with JFreeChart: the best pair over time, each
 * series divided by its maximum (seed 001's plot), and the heatmap of the matrix in an
 * order that puts correlated groups together.
 */
final class Charts {

	/** Series names are written along the heatmap's axes up to this many. */
	private static final int MAX_LABELS = 60;

	/** Colours of the heatmap on each side of zero. */
	private static final int STEPS = 100;

	static {
		System.setProperty("java.awt.headless", "true");
	}

	private Charts() {
	}

	static void topPair(Path file, String nameA, SeriesFrame a, String nameB, SeriesFrame b, String title)
			throws IOException {
		XYSeriesCollection lines = new XYSeriesCollection();
		lines.addSeries(normalised(nameA, a));
		lines.addSeries(normalised(nameB, b));
		JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "date", "value / maximum", lines);
		chart.getXYPlot().setBackgroundPaint(Color.WHITE);
		ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 400);
	}

	static void heatmap(Path file, List<String> names, double[][] r, int[] order, String title) throws IOException {
		int n = names.size();
		LookupPaintScale scale = new LookupPaintScale(-1, 1.000001, Color.LIGHT_GRAY);
		int[] colours = new int[2 * STEPS + 1];
		for (int step = -STEPS; step <= STEPS; step++) {
			Color colour = colour(step);
			scale.add(step / (double) STEPS, colour);
			colours[step + STEPS] = colour.getRGB();
		}
		int[] pixels = new int[n * n];
		for (int row = 0; row < n; row++) {
			for (int column = 0; column < n; column++) {
				double value = r[order[row]][order[column]];
				pixels[row * n + column] = Double.isNaN(value) ? Color.LIGHT_GRAY.getRGB()
						: colours[(int) Math.floor((Math.max(-1, Math.min(1, value)) + 1) * STEPS)];
			}
		}
		BufferedImage cells = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
		cells.setRGB(0, 0, n, n, pixels, 0, n);
		NumberAxis x = axis(names, order, n);
		NumberAxis y = axis(names, order, n);
		y.setInverted(true);
		XYPlot plot = new XYPlot(null, x, y, new XYLineAndShapeRenderer());
		plot.setBackgroundImage(cells);
		plot.setBackgroundImageAlpha(1f);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		JFreeChart chart = new JFreeChart(title, plot);
		chart.removeLegend();
		NumberAxis legendAxis = new NumberAxis("correlation");
		legendAxis.setRange(-1, 1);
		PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
		legend.setPosition(RectangleEdge.RIGHT);
		legend.setMargin(4, 4, 40, 4);
		chart.addSubtitle(legend);
		int side = 800 + ((n <= MAX_LABELS) ? 100 : 0);
		ChartUtils.saveChartAsPNG(file.toFile(), chart, side + 120, side);
	}

	private static XYSeries normalised(String name, SeriesFrame frame) {
		double[] values = frame.columns().get(0).doubles();
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			max = Double.isNaN(value) ? max : Math.max(max, value);
		}
		XYSeries series = new XYSeries(name, false, true);
		for (int t = 0; t < values.length; t++) {
			series.add(frame.epochNanos()[t] / 1_000_000L, values[t] / max);
		}
		return series;
	}

	private static NumberAxis axis(List<String> names, int[] order, int n) {
		NumberAxis axis;
		if (n <= MAX_LABELS) {
			String[] labels = new String[n];
			for (int i = 0; i < n; i++) {
				labels[i] = names.get(order[i]);
			}
			SymbolAxis symbols = new SymbolAxis(null, labels);
			symbols.setGridBandsVisible(false);
			axis = symbols;
		}
		else {
			axis = new NumberAxis("series, clustered");
			axis.setTickLabelsVisible(false);
		}
		axis.setRange(-0.5, n - 0.5);
		return axis;
	}

	/** Blue (−1) through white (0) to red (+1), step −STEPS..STEPS. */
	private static Color colour(int step) {
		int fade = Math.round(255 * (1 - Math.abs(step) / (float) STEPS));
		return (step < 0) ? new Color(fade, fade, 255) : new Color(255, fade, fade);
	}

}
