import AssayCore
import Testing

@testable import AssaySynth

/// The report counts in words that agree with their numbers: one row, one value.
struct ReportWordingTests {
  @Test func aCountOfOneIsSingular() throws {
    let real = try SynthFixtures.table(
      csv: "kind,n\n" + (0..<10).map { "only,\($0 * 7 % 10)\n" }.joined(), name: "one-kind.csv")
    let model = try SynthesisModel.fit(real)
    #expect(model.columns[0].summary == "category (1 value)")
    let report = FidelityReport.compare(real: real, synthetic: model.sample(rows: 1, seed: 3))
    let lines = report.text.split(separator: "\n").map(String.init)
    #expect(lines.first == "Synthetic 1 row against 10 real rows")
    #expect(
      lines[2]
        == "kind    category  1 value, top only 100%, null 0%      1 value, top only 100%, null 0%  TV 0")
    #expect(lines.contains("Exact copies of real rows: 1 of 1 synthetic row"))
  }
}
