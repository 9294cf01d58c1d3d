package dev.nightshift.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One generated posting, as the values of {@link PostingsGenerator#COLUMNS}: the
 * description is an introduction, responsibilities and requirements as bullet lists, and
 * a closing line with a quotation, about 2.5 KB in all.
 */
final class PostingWriter {

	private static final String[] TITLES = { "Data Engineer", "Senior Data Engineer", "Big Data Engineer",
			"Data Platform Engineer", "Analytics Engineer", "Machine Learning Engineer", "ETL Developer",
			"Cloud Data Engineer" };

	private static final String[] COMPANIES = { "Acme Analytics", "Northwind, Inc.", "Globex", "Initech",
			"Umbrella Data", "Stark Industries", "Wayne Enterprises", "Hooli", "Vandelay Imports, LLC", "Soylent" };

	private static final String[] CITIES = { "New York, NY", "Austin, TX", "San Francisco, CA", "Chicago, IL",
			"Seattle, WA", "Boston, MA", "Denver, CO", "Remote" };

	private static final String[] VERBS = { "Build", "Design", "Maintain", "Operate", "Improve", "Own", "Scale",
			"Migrate" };

	private static final String[] THINGS = { "data pipelines", "batch jobs", "streaming services", "the warehouse",
			"dashboards", "models in production", "our data lake", "reporting tools" };

	private final List<String> skills;

	private final ZipfSampler skillRanks;

	private final Vocabulary vocabulary;

	private final ZipfSampler wordRanks;

	PostingWriter(List<String> skills, Vocabulary vocabulary) {
		this.skills = skills;
		this.skillRanks = new ZipfSampler(skills.size(), 1.0);
		this.vocabulary = vocabulary;
		this.wordRanks = new ZipfSampler(vocabulary.size(), TextGenerator.ZIPF_EXPONENT);
	}

	List<String> row(SplittableRandom random) {
		String title = pick(random, TITLES);
		String company = pick(random, COMPANIES);
		int low = 60 + random.nextInt(90);
		String salary = "$%dK-$%dK (Glassdoor est.)".formatted(low, low + 20 + random.nextInt(60));
		String rating = String.format(Locale.ROOT, "%.1f", 2.5 + random.nextInt(25) / 10.0);
		return List.of(title, salary, description(random, title, company), rating, company, pick(random, CITIES));
	}

	private String description(SplittableRandom random, String title, String company) {
		StringBuilder text = new StringBuilder(3072);
		text.append(company).append(" is looking for a ").append(title).append(" to join our team. ");
		filler(random, text, 3 + random.nextInt(4));
		text.append("\n\nResponsibilities:\n");
		for (int i = 4 + random.nextInt(5); i > 0; i--) {
			text.append("- ")
				.append(pick(random, VERBS))
				.append(' ')
				.append(pick(random, THINGS))
				.append(" with ")
				.append(skill(random))
				.append(", ")
				.append(skill(random))
				.append(" and ")
				.append(skill(random))
				.append(". ");
			filler(random, text, 1);
			text.append('\n');
		}
		text.append("\nRequirements:\n");
		for (int i = 4 + random.nextInt(5); i > 0; i--) {
			text.append("- ")
				.append(1 + random.nextInt(8))
				.append("+ years of experience with ")
				.append(skill(random))
				.append(" or ")
				.append(skill(random))
				.append("; ");
			filler(random, text, 1);
			text.append('\n');
		}
		text.append('\n');
		filler(random, text, 2 + random.nextInt(3));
		text.append(" Our motto: \"").append(skill(random)).append(" first\".");
		return text.toString();
	}

	/** A skill as listed (70 %), lowercase (20 %) or uppercase (10 %). */
	private String skill(SplittableRandom random) {
		String name = this.skills.get(this.skillRanks.sample(random));
		int roll = random.nextInt(10);
		return (roll < 7) ? name : (roll < 9) ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
	}

	/** Sentences of 8 to 20 filler words, now and then naming a skill. */
	private void filler(SplittableRandom random, StringBuilder text, int sentences) {
		for (int s = 0; s < sentences; s++) {
			int words = 8 + random.nextInt(13);
			for (int w = 0; w < words; w++) {
				String word = (random.nextInt(12) == 0) ? skill(random)
						: this.vocabulary.word(this.wordRanks.sample(random));
				if (w == 0) {
					word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
				}
				text.append(word).append((w == words - 1) ? ". " : (random.nextInt(9) == 0) ? ", " : " ");
			}
		}
	}

	private static String pick(SplittableRandom random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

}
