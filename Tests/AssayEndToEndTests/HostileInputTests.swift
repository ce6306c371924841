import Foundation
import Testing

@Suite("inputs that once crashed, hung or flooded the terminal") struct HostileInputTests {
  @Test func aFilterTenThousandParenthesesDeepIsRefused() throws {
    let deep =
      String(repeating: "(", count: 10_000) + "sepal_length > 5" + String(repeating: ")", count: 10_000)
    let path = try temporaryFile(named: "deep.tsv", bytes: Array("filter\t\(deep)\n".utf8))
    let result = try AssayProcess.run(["--replay", path, "sampledata/iris.csv", "--batch"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("deep.tsv:1: ")
        && result.stderr.contains("filter:1:201: filter nests deeper than 200 levels"),
      "\(result.stderr)")
  }

  @Test func aFilterErrorShowsControlCharactersAndItsPlaceOnce() throws {
    let path = try temporaryFile(named: "escape.tsv", bytes: Array("filter\tx \u{1B}[31m > 1\n".utf8))
    let result = try AssayProcess.run(["--replay", path, "sampledata/iris.csv", "--batch"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("assay: \(path):1: filter:1:3: unexpected '␛'"), "\(result.stderr)")
    #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B })
  }
}
