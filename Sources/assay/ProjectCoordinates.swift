import AssayAnalysis
import AssayCore
import AssayUI
import Foundation

/// The projected coordinates of `assay project --output-coordinates`: one row per projected source
/// row with its row number (1 = the first data row), a column per component and the label.
struct ProjectedCoordinates {
  /// Column names of the components: `pc1`, `pc2`, ... or `tsne1`, `tsne2`.
  let componentNames: [String]
  /// The coordinates, row-major, `componentNames.count` per row.
  let coordinates: [Double]
  /// Which rows of the feature matrix were projected, in order; nil when all of them were.
  let matrixRows: [Int]?

  /// Writes the coordinates of `matrix`'s rows, chosen from `table`'s `columns`, to `path` atomically.
  func write(to path: String, matrix: FeatureMatrix, table: Table) throws {
    let kept = ProjectionRows.kept(of: table, columns: matrix.columnNames)
    let sourceRows = matrixRows.map { $0.map { kept[$0] } } ?? kept
    let width = componentNames.count
    var columns = [
      Column(name: "row", type: .int, values: sourceRows.map { .int(Int64($0 + 1)) })
    ]
    for (c, name) in componentNames.enumerated() {
      let values = sourceRows.indices.map { Value.double(coordinates[$0 * width + c]) }
      columns.append(Column(name: name, type: .double, values: values))
    }
    if let name = matrix.labelName, let labels = matrix.labels, let type = table.column(named: name)?.type {
      let picked = matrixRows.map { $0.map { labels[$0] } } ?? labels
      columns.append(Column(name: name, type: type, values: picked))
    }
    let written = Table(name: path, columns: columns)
    try AtomicFile.write(to: path) { sink in try TableWriter.write(written, format: .csv, to: sink) }
  }
}
