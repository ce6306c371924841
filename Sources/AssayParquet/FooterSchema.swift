import AssayCore

extension ParquetReader {
  /// Nulls of planned column `column` as the row groups' statistics count them; nil when a row
  /// group with rows has no null count for it, or the column is nested (its leaves' nulls are not
  /// the field's).
  func statedNulls(column: Int) -> Int? {
    let plan = plans[column]
    guard plan.kind != nil else { return nil }
    let leaf = plan.field.leaves.lowerBound
    var nulls = 0
    for group in footer.metadata.rowGroups where group.rowCount > 0 {
      guard group.columns.indices.contains(leaf), let count = group.columns[leaf].statistics?.nullCount,
        count >= 0, count <= group.rowCount
      else { return nil }
      nulls += Int(count)
    }
    return nulls
  }
}

extension ParquetLoad {
  /// The row count and columns of every part together, nulls summed from the statistics (a
  /// partition column's from the files whose folder leaves it empty).
  func metadataSchema() -> SourceSchema {
    let partRows = parts.map { $0.reader.rowGroupRows.reduce(0, +) }
    guard let first = parts.first else { return SourceSchema(rows: 0, columns: []) }
    let fileColumns = first.reader.plans.indices.map { column in
      SourceSchema.Entry(
        name: first.reader.plans[column].name, type: first.reader.plans[column].type,
        nulls: parts.reduce(0 as Int?) { sum, part in
          sum.flatMap { total in part.reader.statedNulls(column: column).map { total + $0 } }
        })
    }
    let partitions = partitionColumns.indices.map { k in
      SourceSchema.Entry(
        name: partitionColumns[k].name, type: partitionColumns[k].type,
        nulls: parts.indices.reduce(0) { $0 + (parts[$1].partitions[k] == .null ? partRows[$1] : 0) })
    }
    return SourceSchema(rows: partRows.reduce(0, +), columns: fileColumns + partitions)
  }
}
