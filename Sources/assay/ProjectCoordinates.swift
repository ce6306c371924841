import AssayAnalysis
import AssayCharts
import AssayCore
import Foundation

/// The projected coordinates of `assay project --output-coordinates`: one row per projected source
/// row with its row number (1 = the first data row), a column per component and the label.
struct ProjectedCoordinates {
  /// Column names of the components: `pc1`, `pc2`, ... or `tsne1`, `tsne2`.
  let componentNames: [String]
  /// The coordinates, row-major, `componentNames.count` per row.
  let coordinates: [Double]

  /// Writes the coordinates of `projection`'s points, with their rows and `label` values from
  /// `table`, to `path` atomically.
  func write(to path: String, projection: Projection, label: String?, table: Table) throws {
    let sourceRows = projection.rows ?? Array(0..<projection.count)
    let width = componentNames.count
    var columns = [
      Column(name: "row", type: .int, values: sourceRows.map { .int(Int64($0 + 1)) })
    ]
    for (c, name) in componentNames.enumerated() {
      let values = sourceRows.indices.map { Value.double(coordinates[$0 * width + c]) }
      columns.append(Column(name: name, type: .double, values: values))
    }
    if let label, let labels = projection.labels, let type = table.column(named: label)?.type {
      columns.append(Column(name: label, type: type, values: labels))
    }
    let written = Table(name: path, columns: columns)
    try AtomicFile.write(to: path) { sink in try TableWriter.write(written, format: .csv, to: sink) }
  }
}
