package dev.nightshift.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Skill names for generated postings: first real ones, tricky characters included
 * ({@code C++}, {@code C#}, {@code .NET}, {@code CI/CD}, one-letter {@code R}), then
 * product-like names made of a synthetic word and a suffix, as many as asked for.
 */
final class SkillNames {

	static final List<String> REAL = List.of("Python", "SQL", "Java", "Scala", "Spark", "Hadoop", "AWS", "Azure",
			"Google Cloud", "Kafka", "Airflow", "Docker", "Kubernetes", "Tableau", "Power BI", "Excel", "R", "C++",
			"C#", ".NET", "Go", "Rust", "JavaScript", "TypeScript", "Node.js", "React", "Angular", "Vue.js", "Django",
			"Flask", "Spring", "Hive", "Pig", "HBase", "Cassandra", "MongoDB", "PostgreSQL", "MySQL", "Oracle",
			"Snowflake", "Redshift", "BigQuery", "Databricks", "dbt", "Terraform", "Ansible", "Jenkins", "Git", "Linux",
			"Bash", "Perl", "Ruby", "PHP", "Swift", "Kotlin", "Objective-C", "MATLAB", "SAS", "SPSS", "Stata", "Julia",
			"Haskell", "Lisp", "Prolog", "Pascal", "Fortran", "COBOL", "T-SQL", "PL/SQL", "NoSQL", "ETL", "ELT",
			"Machine Learning", "Deep Learning", "TensorFlow", "PyTorch", "Keras", "scikit-learn", "Pandas", "NumPy",
			"NLP", "Computer Vision", "Statistics", "Data Modeling", "Data Warehousing", "Data Visualization",
			"Elasticsearch", "Redis", "RabbitMQ", "Flink", "Storm", "Presto", "Trino", "Impala", "Looker", "Qlik",
			"Informatica", "Talend", "SSIS", "SSRS", "Agile", "Scrum", "CI/CD", "DevOps", "Microservices", "REST",
			"GraphQL", "gRPC", "JSON", "XML", "YAML", "Parquet", "Avro", "ORC", "Delta Lake", "Iceberg", "S3", "EC2",
			"Lambda", "EMR", "Glue", "Athena", "Kinesis", "Data Factory", "Synapse", "Cosmos DB", "Dataflow", "Pub/Sub",
			"Communication", "Leadership", "Problem Solving", "Teamwork");

	private static final String[] SUFFIXES = { "", "", "DB", ".js", "QL", " Cloud", " Studio", "Flow", "++", " ML",
			"Hub", " Streams" };

	private SkillNames() {
	}

	static List<String> first(int count, Vocabulary vocabulary, SplittableRandom random) {
		Set<String> names = new LinkedHashSet<>(REAL.subList(0, Math.min(count, REAL.size())));
		while (names.size() < count) {
			String word = vocabulary.word(200 + random.nextInt(20_000));
			if (word.length() < 4) {
				continue;
			}
			names.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)
					+ SUFFIXES[random.nextInt(SUFFIXES.length)]);
		}
		return new ArrayList<>(names);
	}

}
