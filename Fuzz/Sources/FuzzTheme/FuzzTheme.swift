import AssayGrid

/// Parses the input as a theme file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTheme(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? ThemeFile.parse(text, name: "fuzz", source: "fuzz.theme")
  return 0
}
