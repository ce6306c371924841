import AssayUI

/// Applies the input as a keymap file to the table view's keymap.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzKeymap(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? KeymapFile.apply(text, to: .table, source: "fuzz.keymap")
  return 0
}
