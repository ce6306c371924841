/// One leaf column's part of a row group, decoded: its levels and its non-null values.
struct LeafData: Sendable {
  /// The definition level of every entry; empty when the leaf's maximum is 0 (never null).
  var definitions: [UInt8] = []
  /// The repetition level of every entry; empty when the leaf is not inside a repeated field.
  var repetitions: [UInt8] = []
  /// Entries (values, nulls and empty lists).
  var entryCount = 0
  /// The non-null values, unless `dictionary` holds them.
  var values: PhysicalValues
  /// When every data page was dictionary-encoded: the dictionary, with `codes` indexing it.
  var dictionary: PhysicalValues?
  /// The non-null values as indexes into `dictionary`.
  var codes: [UInt32] = []

  /// The non-null values, looked up in the dictionary when they are codes.
  func materialized() throws -> PhysicalValues {
    guard let dictionary else { return values }
    return try dictionary.gathering(codes)
  }
}
