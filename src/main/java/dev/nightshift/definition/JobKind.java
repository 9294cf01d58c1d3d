package dev.nightshift.definition;

/** What kind of job a definition describes, and so which part of Nightshift runs it. */
public enum JobKind {

	MAPREDUCE, INGEST, CORRELATION, PIPELINE

}
