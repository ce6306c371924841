import AssayClickHouse
import AssayCore

/// Reads the input as a ClickHouse answer (`TabSeparatedWithNamesAndTypes`): its first byte sets the
/// size of the pieces it arrives in (1 to 256 bytes), the rest is the body; the server's zone is
/// Amsterdam's, so that zone-less DateTime values are converted too.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzClickHouseAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  _ = try? ClickHouseAnswerText.read(body, pieceSize: Int(data[0]) + 1, serverZone: "Europe/Amsterdam")
  return 0
}
