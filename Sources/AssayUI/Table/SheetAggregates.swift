import AssayAnalysis

extension AppState {
  /// The source's own summaries while the sheet on screen is a source's sheet in its stored order;
  /// nil when the sheet's rows in memory are to be summarised (derived and sorted sheets).
  var sheetAggregates: (any Aggregating)? { sheet.rowOrder == nil ? sheet.aggregates : nil }
}

/// A sheet's seam, left out of sheet equality: two sheets of the same rows are the same sheet.
struct SheetAggregatesBox: Sendable, Equatable {
  /// The seam.
  let aggregates: any Aggregating

  static func == (a: SheetAggregatesBox, b: SheetAggregatesBox) -> Bool { true }
}
