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
  /// The rows the sample was drawn from (those complete in the projected columns), when `table`
  /// is a sample of fewer.
  let sampledFrom: Int?
  /// Rows of the source left out of a sample for a missing value in a projected column (a file's
  /// are counted by the projection itself).
  var incomplete = 0
}

extension ProjectionSource {
  /// `source`'s `columns` (nil: every column), loaded as far as a projection needs: a database
  /// table's columns only, its rows drawn later by `init(_:limit:seed:complete:label:)`.
  static func loaded(_ source: SourceArguments, columns: [String]?) async throws -> LoadedSource {
    try await source.loadSource(columns: columns) { _ in false }
  }

  /// The rows to project of `loaded`: all of a file's; of a database table, a sample of `limit`
  /// rows drawn with `seed` from those complete in the `complete` columns (nil: every number
  /// column but `label`).
  init(_ loaded: LoadedSource, limit: Int, seed: UInt64, complete: [String]?, label: String?) throws {
    guard !loaded.hasRows else {
      self.init(loaded: loaded, table: loaded.table, aggregates: loaded.aggregates, sampledFrom: nil)
      return
    }
    let features =
      complete ?? FeatureMatrix.numericColumnNames(of: loaded.table, excluding: label.map { [$0] } ?? [])
    let sample = try loaded.aggregates.sample(rows: limit, seed: seed, complete: features)
    self.init(
      loaded: loaded, table: sample.table, aggregates: TableAggregates(sample.table),
      sampledFrom: sample.population > sample.table.rowCount ? sample.population : nil,
      incomplete: sample.incomplete)
  }
}
