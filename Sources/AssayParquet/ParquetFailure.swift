import AssayCore

/// What can be wrong with a Parquet file, said without its name; `error(in:)` adds it.
enum ParquetFailure: Error, Equatable {
  /// The bytes are not what the format says (a damaged or truncated file).
  case damaged(String)
  /// Valid Parquet that uses something Assay does not read.
  case unsupported(String)

  /// The failure as one line naming the file, with what to do.
  func error(in name: String) -> AssayError {
    switch self {
    case .damaged(let what):
      return AssayError(
        message: "\(name): not a readable Parquet file: \(what)",
        hint: "the file may be truncated or damaged; write it again")
    case .unsupported(let what):
      return AssayError(message: "\(name): \(what)", hint: "convert it to CSV or write it with other options")
    }
  }
}
