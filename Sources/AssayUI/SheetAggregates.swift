import AssayAnalysis

extension AppState {
  /// The data source's own summaries while the sheet on screen is the data sheet in its stored
  /// order; nil when the sheet's rows in memory are to be summarised (derived and sorted sheets).
  var sheetAggregates: (any Aggregating)? { sheets.count == 1 && sheet.rowOrder == nil ? aggregates : nil }
}
