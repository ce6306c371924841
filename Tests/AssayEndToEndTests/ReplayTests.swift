import AssayTestSupport
import Foundation
import Testing

@Suite("command logs replayed with --batch") struct ReplayTests {
  /// Writes a command log to a temporary file and returns its path.
  static func script(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "assay-replay-\(getpid())-\(UUID().uuidString.prefix(8)).tsv"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func sortFilterAndHideWriteTheResultingSheet() throws {
    let script = try Self.script(
      """
      # heaviest Gentoo penguins on Biscoe with a known sex
      go-column\tbody_mass_g
      sort-descending
      filter\tspecies == "Gentoo" and sex != null and body_mass_g >= 5700
      go-column\tisland
      hide-column

      """)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let result = try AssayProcess.run(["--replay", script, "sampledata/penguins.csv", "--batch"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    assertGolden(result.stdout, named: "replay-penguins-heaviest.csv")
  }

  @Test func frequencyRowOpensItsRowsAndExportsJSONLines() throws {
    let script = try Self.script("go-last-column\nfrequency-table\ncursor-down\nopen-row\ngo-first-row\n")
    let output = NSTemporaryDirectory() + "assay-replay-\(getpid()).jsonl"
    defer {
      try? FileManager.default.removeItem(atPath: script)
      try? FileManager.default.removeItem(atPath: output)
    }
    let result = try AssayProcess.run(["--replay", script, "sampledata/iris.csv", "--batch", "-o", output])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 50)
    #expect(lines.allSatisfy { $0.hasSuffix(#""species": "versicolor"}"#) })
  }

  @Test func aFolderReplaysIntoAnEntryOpenedFromAFilterOfItsListing() throws {
    let script = try Self.script(
      "filter\tname == \"iris.csv\"\nopen-row\ngo-column\tspecies\nfrequency-table\n")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let result = try AssayProcess.run(["--replay", script, "sampledata/", "--batch"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 4, "\(result.stdout)")
    #expect(lines.dropFirst().allSatisfy { $0.contains(",50,") }, "\(result.stdout)")
  }

  @Test func frequencySheetItselfIsTheOutputWhenLeftOnTop() throws {
    let script = try Self.script("go-column\tisland\nfrequency-table\n")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let result = try AssayProcess.run(["--replay", script, "sampledata/penguins.csv", "--batch"])
    #expect(result.status == 0, "\(result.stderr)")
    assertGolden(result.stdout, named: "replay-penguins-island-frequency.csv")
  }

  @Test func badLinesAreReportedWithTheirLineNumber() throws {
    let unknown = try Self.script("cursor-down\nfly-away\n")
    let failing = try Self.script("cursor-down\nfilter\tbill_length_mm > \"long\"\n")
    defer {
      try? FileManager.default.removeItem(atPath: unknown)
      try? FileManager.default.removeItem(atPath: failing)
    }
    let first = try AssayProcess.run(["--replay", unknown, "sampledata/penguins.csv", "--batch"])
    #expect(first.status != 0)
    #expect(first.stderr.contains("\(unknown):2: unknown command 'fly-away'"), "\(first.stderr)")
    let second = try AssayProcess.run(["--replay", failing, "sampledata/penguins.csv", "--batch"])
    #expect(second.status != 0)
    #expect(
      second.stderr.contains("\(failing):2: filter:1:18: 'bill_length_mm' holds numbers"),
      "\(second.stderr)")
    #expect(second.stdout.isEmpty)
  }

  @Test func replayWithoutBatchIsRefused() throws {
    let result = try AssayProcess.run(["--replay", "x.tsv", "sampledata/iris.csv"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--replay and -o need --batch"))
  }
}

@Suite("themes and config for the table view") struct ViewOptionsTests {
  @Test func unknownThemeIsAnErrorListingTheThemes() throws {
    let result = try AssayProcess.run(["sampledata/iris.csv", "--theme", "neon"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no theme named 'neon'"), "\(result.stderr)")
    #expect(result.stderr.contains("default, light, high-contrast, monochrome"))
  }

  @Test func shippedThemesAndConfigFileAreFound() throws {
    let config = NSTemporaryDirectory() + "assay-config-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: config) }
    try FileManager.default.createDirectory(atPath: config + "/assay", withIntermediateDirectories: true)
    try "theme = high-contrast\n".write(toFile: config + "/assay/config", atomically: true, encoding: .utf8)
    // Without a terminal the view stops after choosing its theme: the error proves the theme was found.
    for arguments in [["--theme", "light"], []] {
      let result = try AssayProcess.run(
        ["sampledata/iris.csv"] + arguments, environment: ["XDG_CONFIG_HOME": config])
      #expect(result.stderr.contains("needs a terminal"), "\(arguments): \(result.stderr)")
    }
    try "colour = pink\n".write(toFile: config + "/assay/config", atomically: true, encoding: .utf8)
    let bad = try AssayProcess.run(["sampledata/iris.csv"], environment: ["XDG_CONFIG_HOME": config])
    #expect(bad.stderr.contains("\(config)/assay/config:1: unknown setting 'colour'"), "\(bad.stderr)")
  }
}
