import AssayAnalysis
import AssayCore

/// The rows a projection works on: every row of a file; of a database table, a seeded sample the
/// engine draws (at most `limit` rows), so a large table is never read whole and the chart says
/// it shows a sample.
struct ProjectionSource {
  /// The source as loaded (a database table's columns only), with the SQL it was sent.
  let loaded: LoadedSource
  /// The rows to project.
  let table: Table
  /// The summaries of `table`'s rows, from which t-SNE draws its own sample.
  let aggregates: any Aggregating
  /// The rows of the source, when `table` is a sample of fewer.
  let sampledFrom: Int?

  /// `source`'s `columns` (nil: every column); a database table's as a sample of `limit` rows
  /// drawn with `seed`.
  static func load(_ source: SourceArguments, columns: [String]?, limit: Int, seed: UInt64) async throws
    -> ProjectionSource
  {
    let loaded = try await source.loadSource(columns: columns) { _ in false }
    guard !loaded.hasRows else {
      return ProjectionSource(
        loaded: loaded, table: loaded.table, aggregates: loaded.aggregates, sampledFrom: nil)
    }
    let sample = try loaded.aggregates.sample(rows: limit, seed: seed, complete: [])
    let total = sample.population + sample.incomplete
    return ProjectionSource(
      loaded: loaded, table: sample.table, aggregates: TableAggregates(sample.table),
      sampledFrom: total > sample.table.rowCount ? total : nil)
  }
}
