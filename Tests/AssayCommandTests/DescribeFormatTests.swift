import Foundation
import Testing

@testable import assay

/// `assay describe` writes every digit of its numbers in the formats programs read, and rounds
/// them only in the table people read.
@Suite struct DescribeFormatTests {
  /// Runs `assay describe` on a CSV file holding `csv` and returns what it wrote to `-o`.
  static func describe(_ csv: String, format: String) async throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "describe-format-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("prec.csv").path,
      output = folder.appendingPathComponent("out").path
    try csv.write(toFile: input, atomically: true, encoding: .utf8)
    let command = try DescribeCommand.parse([input, "--format", format, "-o", output, "--no-color"])
    try await command.run()
    return try String(contentsOfFile: output, encoding: .utf8)
  }

  /// Three doubles that differ only in their sixteenth digit.
  static let close = "x\n0.1234567890123456\n0.1234567890123457\n0.1234567890123458\n"

  @Test func jsonAndCSVKeepEveryDigit() async throws {
    let json = try await Self.describe(Self.close, format: "json")
    // A number column's extremes and median are JSON numbers; a text column's stay strings.
    #expect(json.contains(#""min": 0.1234567890123456, "max": 0.1234567890123458"#))
    #expect(json.contains(#""median": 0.1234567890123457"#))
    let texts = try await Self.describe("code\n007\n1e5\n", format: "jsonl")
    #expect(texts.contains(#""min": "007", "max": "1e5""#))
    let csv = try await Self.describe("n\n123456789012345678\n123456789012345679\n1\n", format: "csv")
    #expect(
      csv.hasSuffix(
        "n,int,3,0,3,1,123456789012345679,8.230452600823045e+16,7.127781036956461e+16,"
          + "1.2345678901234568e+17\n"))
  }

  @Test func theTextTableRoundsForReading() async throws {
    let text = try await Self.describe(Self.close, format: "text")
    #expect(text.contains("0.123456789012  0.123456789012"))
    #expect(!text.contains("0.1234567890123456"))
  }

  @Test func infinitiesGiveNumpysMeanAndMedian() async throws {
    let csv = try await Self.describe("x\n1\n3\ninf\n", format: "csv")
    #expect(csv.hasSuffix("x,double,3,0,3,1,inf,inf,NaN,3\n"))
  }
}
