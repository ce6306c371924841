import Foundation
import Testing

/// Compares `text` with the golden file `Snapshots/<name>` beside the calling test file. A missing
/// file is recorded and the test fails; with `ASSAY_RECORD=1` every file is re-recorded (review the
/// diff like code).
public func assertGolden(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")
  let file = directory.appendingPathComponent(name)
  let recording = ProcessInfo.processInfo.environment["ASSAY_RECORD"] == "1"
  let existing = try? String(contentsOf: file, encoding: .utf8)
  if recording || existing == nil {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not record golden file \(name): \(error)", sourceLocation: sourceLocation)
    }
    if existing == nil {
      Issue.record(
        "recorded missing golden file \(name); review it and run again", sourceLocation: sourceLocation)
    }
    return
  }
  #expect(
    text == existing, "differs from Snapshots/\(name); ASSAY_RECORD=1 re-records it",
    sourceLocation: sourceLocation)
}
