import Foundation
import Testing

/// `assay anonymize --generalize` on integers at Int64's ends: every width bins every value in
/// integers, so each label has the one form `first-last`, the last bins clipped to Int64's range.
struct AnonymizeGeneralizeTests {
  @Test func integerBinsAreExactUpToInt64sEnds() throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let source = folder + "/ids.csv"
    try "t\n9223372036854775807\n5\n-9223372036854775808\n-3\n"
      .write(toFile: source, atomically: true, encoding: .utf8)
    // Python: first = x // w * w, last = first + w - 1, each clipped to -2**63 .. 2**63 - 1.
    let expected: [(width: String, bins: [String])] = [
      (
        "10",
        [
          "9223372036854775800-9223372036854775807", "0-9", "-9223372036854775808--9223372036854775801",
          "-10--1",
        ]
      ),
      (
        "1000000",
        [
          "9223372036854000000-9223372036854775807", "0-999999",
          "-9223372036854775808--9223372036854000001", "-1000000--1",
        ]
      ),
      (
        "1e19",
        [
          "0-9223372036854775807", "0-9223372036854775807", "-9223372036854775808--1",
          "-9223372036854775808--1",
        ]
      ),
    ]
    for (width, bins) in expected {
      let run = try AssayProcess.run(["anonymize", source, "--generalize", "t=\(width)"])
      #expect(run.status == 0, "\(width): \(run.stderr)")
      #expect(run.stdout == "t\n" + bins.joined(separator: "\n") + "\n", "\(width): \(run.stdout)")
    }
  }
}
