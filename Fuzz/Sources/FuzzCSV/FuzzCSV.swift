import AssayCSV
import AssayCore
import FuzzSupport

/// Reads the input as CSV whole, then split into about 8 chunks in parallel and about 3 in sequence;
/// all three must give the same cells or the same error. The chunk sizes follow the input's length,
/// which the fuzzer changes all the time, so chunk boundaries fall everywhere. (Fixed tiny chunks
/// make hundreds of chunks an input, and under AddressSanitizer 50 inputs a second.)
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let whole = Result { try CSVReader.read(bytes: bytes, name: "fuzz") }
  for (chunkSize, parallel) in [(size / 8 + 1, true), (size / 3 + 1, false)] {
    let split = Result {
      try CSVReader.read(
        bytes: bytes, name: "fuzz", options: SourceOptions(), chunkSize: chunkSize, parallel: parallel)
    }
    switch (whole, split) {
    case (.success(let a), .success(let b)) where sameCells(a, b): break
    case (.failure(let a), .failure(let b)) where "\(a)" == "\(b)": break
    default: fatalError("chunk size \(chunkSize), parallel \(parallel): \(whole) but \(split)")
    }
  }
  return 0
}
