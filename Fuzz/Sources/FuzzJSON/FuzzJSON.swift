import AssayCore
import AssayJSON
import FuzzSupport

/// Reads the input as JSON Lines and as a JSON document, each whole, then split into about 8
/// chunks in parallel and about 3 in sequence; all must give the same cells or the same error.
/// The chunk sizes follow the input's length, which the fuzzer changes all the time, so chunk
/// boundaries fall everywhere.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for format in [JSONFormat.lines, .document] {
    let whole = Result { try JSONReader.read(bytes: bytes, name: "fuzz", format: format) }
    for (chunkSize, parallel) in [(size / 8 + 1, true), (size / 3 + 1, false)] {
      let split = Result {
        try JSONReader.read(
          bytes: bytes, name: "fuzz", format: format, chunkSize: chunkSize, parallel: parallel)
      }
      switch (whole, split) {
      case (.success(let a), .success(let b)) where sameCells(a, b): break
      case (.failure(let a), .failure(let b)) where "\(a)" == "\(b)": break
      default: fatalError("\(format), chunk size \(chunkSize), parallel \(parallel): \(whole) but \(split)")
      }
    }
  }
  return 0
}
