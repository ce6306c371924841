import Foundation
import Testing

/// Compares text with a golden file under `Snapshots/`; `ASSAY_RECORD=1` re-records, and a missing
/// file is recorded and reported as a failure so that every new golden file is reviewed.
func assertGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    .appendingPathComponent(name).path
  let recording = ProcessInfo.processInfo.environment["ASSAY_RECORD"] == "1"
  guard !recording, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
    try? FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
    Issue.record("recorded golden file \(name); review it and run again", sourceLocation: sourceLocation)
    return
  }
  #expect(text == expected, "differs from Snapshots/\(name)", sourceLocation: sourceLocation)
}
