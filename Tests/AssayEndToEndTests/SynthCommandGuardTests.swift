import Foundation
import Testing

/// `assay synth` refusing what it cannot do well, each in one line: flags that do not apply, a
/// report format it lacks, sources too small to learn from, more rows than memory holds; and saying
/// when the rows it wrote copy real ones.
struct SynthCommandGuardTests {
  /// A fresh folder for one test's files, holding `files` (name → text).
  static func folder(_ name: String, _ files: [String: String] = [:]) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-synth-guard-\(name)-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (file, text) in files {
      try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test(arguments: [
    (["--where", "a > 1"], "--where"), (["--no-header"], "--no-header"),
    (["--delimiter", ";"], "--delimiter"),
    (["--tz", "UTC"], "--tz"),
  ])
  func aSourceOptionWithASpecIsRefused(option: [String], flag: String) async throws {
    let folder = try Self.folder(
      "spec-\(flag.dropFirst(2))", ["spec.json": #"{"columns": [{"name": "a", "distribution": "sequence"}]}"#]
    )
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try await AssayProcess.runOffThePool(
      ["synth", "--spec", folder + "/spec.json", "-n", "3"] + option)
    #expect(result.status != 0 && result.stdout.isEmpty)
    #expect(
      result.stderr
        == "assay: \(flag) reads a source; it does not apply to --spec — see 'assay synth --help'\n",
      "\(result.stderr)")
  }

  @Test func compressionWithoutAParquetOutputIsRefused() async throws {
    for output in [["-o", "twin.csv"], ["-o", "twin.json"], []] {
      let result = try await AssayProcess.runOffThePool(
        ["synth", "sampledata/iris.csv", "-n", "3", "--compression", "zstd"] + output)
      #expect(result.status != 0 && result.stdout.isEmpty)
      #expect(
        result.stderr
          == "assay: --compression applies to a .parquet output (-o FILE.parquet) only — see 'assay synth --help'\n",
        "\(result.stderr)")
    }
  }

  @Test func aReportFormatItLacksIsNamedAsSuch() async throws {
    let result = try await AssayProcess.runOffThePool(["synth", "sampledata/iris.csv", "--report", "xml"])
    #expect(result.status != 0 && result.stdout.isEmpty)
    #expect(
      result.stderr
        == "assay: The value 'xml' is invalid for '--report <report>'. Please provide one of 'text' and 'json'."
        + " — see 'assay synth --help'\n",
      "\(result.stderr)")
    let before = try await AssayProcess.runOffThePool([
      "synth", "--report", "sampledata/iris.csv", "-n", "2", "-o", "-", "--seed", "1",
    ])
    #expect(before.status == 0 && before.stderr.hasPrefix("Synthetic 2 rows against 150 real rows\n"))
  }

  @Test func anEmptySourceIsOneLine() async throws {
    let folder = try Self.folder("empty", ["empty.csv": "", "header.csv": "a,b\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let empty = try await AssayProcess.runOffThePool(["synth", folder + "/empty.csv", "-n", "3"])
    #expect(empty.status == 1 && empty.stdout.isEmpty)
    #expect(
      empty.stderr
        == "assay: \(folder)/empty.csv: the input is empty (no header, no rows): a table without columns: no rows to learn from — give a source (or a --where filter) that keeps rows\n"
    )
    let header = try await AssayProcess.runOffThePool(["synth", folder + "/header.csv", "-n", "3"])
    #expect(
      header.stderr
        == "assay: \(folder)/header.csv: no rows to learn from — give a source (or a --where filter) that keeps rows\n"
    )
  }

  @Test func aSourceOfFewerThanTenRowsIsRefused() async throws {
    let folder = try Self.folder(
      "tiny",
      ["one.csv": "a,b\n1,x\n", "four.csv": "a,b\n1,x\n2,y\n3,z\n4,w\n", "short.csv": "a,b\n1,x\n2\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (file, rows) in [("one.csv", "1 row"), ("four.csv", "4 rows")] {
      let result = try await AssayProcess.runOffThePool([
        "synth", folder + "/" + file, "-n", "5", "--report",
      ])
      #expect(result.status == 1 && result.stdout.isEmpty)
      #expect(
        result.stderr
          == "assay: \(folder)/\(file): \(rows) to learn from; a model needs 10 or more — a model of fewer rows would give back the rows themselves\n"
      )
    }
    let short = try await AssayProcess.runOffThePool(["synth", folder + "/short.csv", "-n", "5"])
    #expect(
      short.stderr
        == "assay: \(folder)/short.csv: 1 row had fewer fields than the header; filled with empty values (first: line 3): 2 rows to learn from; a model needs 10 or more — a model of fewer rows would give back the rows themselves\n"
    )
  }

  @Test func rowsThatCopyRealRowsAreCountedOnStandardError() async throws {
    let folder = try Self.folder(
      "copies", ["flags.csv": "flag\n" + String(repeating: "true\nfalse\n", count: 6)])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try await AssayProcess.runOffThePool([
      "synth", folder + "/flags.csv", "-n", "5", "--seed", "2",
    ])
    #expect(result.status == 0 && result.stdout.split(separator: "\n").count == 6)
    #expect(
      result.stderr
        == "assay: \(folder)/flags.csv: 5 of 5 synthetic rows copy a real row exactly, each drawn again 20 times: its columns' values allow few other rows\n"
    )
    let learned = try await AssayProcess.runOffThePool(["synth", "sampledata/iris.csv", "-n", "50"])
    #expect(learned.status == 0 && learned.stderr.isEmpty)
  }

  @Test func theFirstRowsOfAnyNumberComeAtOnce() async throws {
    let result = try await AssayProcess.runOffThePool(
      ["120", "/bin/sh", "-c", "\"$ASSAY\" synth sampledata/iris.csv -n 100000000000 --seed 1 | head -2"],
      environment: ["ASSAY": AssayProcess.binary], executable: "/usr/bin/timeout")
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2 && lines.first == "sepal_length,sepal_width,petal_length,petal_width,species")
  }

  @Test func moreRowsThanMemoryHoldsAreRefusedWhereTheyCannotBeStreamed() async throws {
    for arguments in [["-o", "twin.parquet"], ["-o", "twin.json"], ["--report"]] {
      let result = try await AssayProcess.runOffThePool(
        ["synth", "sampledata/iris.csv", "-n", "100000000000"] + arguments)
      result.expectOneLineFailure(mentions: [
        "assay: -n 100,000,000,000: the rows would take about ", " of memory",
      ])
    }
  }
}
