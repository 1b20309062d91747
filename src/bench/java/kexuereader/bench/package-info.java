/**
 * The performance harness: a generator of synthetic archives from the seeds' real text, and the benchmarks the
 * {@code bench} command runs (parsing, import, search, page building, formulas, start-up and memory), each
 * reported with its floor. Benchmarks are measured here and documented in {@code docs/benchmarks.md}; no test
 * asserts a timing.
 */
package kexuereader.bench;
