import AssayCore
import Testing

@testable import assay

/// The progress line of a headless load says what the source counts: rows always, bytes when they
/// are counted, and the share of the whole when its size is known.
@Suite struct ProgressLineTests {
  @Test func aDatabasesRowsComeWithoutBytes() {
    #expect(
      ProgressLine.text(LoadProgress(bytesRead: 0, totalBytes: nil, rows: 101_000, finished: false))
        == "loading: 101,000 rows")
  }

  @Test func aStreamCountsItsBytesAndAFileItsShare() {
    let stream = ProgressLine.text(
      LoadProgress(bytesRead: 3 << 20, totalBytes: nil, rows: 5, finished: false))
    #expect(stream.hasPrefix("loading: 5 rows, 3"), "\(stream)")
    let file = ProgressLine.text(
      LoadProgress(bytesRead: 1 << 20, totalBytes: 4 << 20, rows: 9, finished: false))
    #expect(file.hasPrefix("loading: 9 rows, 1") && file.hasSuffix(" (25%)"), "\(file)")
  }
}
