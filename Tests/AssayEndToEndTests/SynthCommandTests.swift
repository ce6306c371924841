import Foundation
import Testing

/// `assay synth` as a user runs it: the rows it writes in each format, its report, a spec, the
/// same rows for the same seed, and one clear line for a bad spec or filter.
struct SynthCommandTests {
  static let penguinsHeader =
    "species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year"

  /// A fresh folder for one test's files.
  static func folder(_ name: String) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-synth-\(name)-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func rowsOnStandardOutputAreCSVWithTheSourceColumns() async throws {
    let result = try await AssayProcess.runOffThePool([
      "synth", "sampledata/penguins.csv", "-n", "50", "--seed", "7",
    ])
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 52 && lines.last == "")
    #expect(lines.first.map(String.init) == Self.penguinsHeader)
    let pattern = try Regex(
      #"^(Adelie|Chinstrap|Gentoo),(Biscoe|Dream|Torgersen),(\d+(\.\d)?)?,(\d+(\.\d)?)?,(\d+)?,(\d+)?,(male|female)?,(2007|2008|2009)$"#
    )
    for line in lines.dropFirst().dropLast() { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
  }

  @Test func theSameSeedWritesTheSameRowsInEveryFormat() async throws {
    let folder = try Self.folder("formats")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let arguments = ["synth", "sampledata/seattle-weather.csv", "-n", "300", "--seed", "11"]
    let first = try await AssayProcess.runOffThePool(arguments)
    let again = try await AssayProcess.runOffThePool(arguments + ["-o", "-"])
    let other = try await AssayProcess.runOffThePool([
      "synth", "sampledata/seattle-weather.csv", "-n", "300", "--seed", "12",
    ])
    #expect(first.status == 0 && first.stdout == again.stdout && first.stdout != other.stdout)
    #expect(first.stdout.hasPrefix("date,precipitation,temp_max,temp_min,wind,weather\n"))
    for format in ["parquet", "tsv", "json", "jsonl"] {
      let path = "\(folder)/twin.\(format)"
      let written = try await AssayProcess.runOffThePool(arguments + ["-o", path])
      #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
      let readBack = try await AssayProcess.runOffThePool(["--batch", path])
      #expect(readBack.stdout == first.stdout, "\(format): \(readBack.stderr)")
    }
    let tsv = try String(contentsOfFile: "\(folder)/twin.tsv", encoding: .utf8)
    #expect(tsv.hasPrefix("date\tprecipitation\ttemp_max\ttemp_min\twind\tweather\n"))
    let jsonl = try String(contentsOfFile: "\(folder)/twin.jsonl", encoding: .utf8)
    #expect(jsonl.hasPrefix(#"{"date": ""#) && jsonl.split(separator: "\n").count == 300)
  }

  @Test func theTextReportComparesEveryColumnAndCountsCopies() async throws {
    let folder = try Self.folder("report")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try await AssayProcess.runOffThePool([
      "synth", "sampledata/penguins.csv", "-n", "200", "--seed", "3", "--report", "-o", folder + "/twin.csv",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "Synthetic 200 rows against 344 real rows")
    #expect(lines[2].hasPrefix("column") && lines[2].hasSuffix("distance"))
    #expect(lines[3].hasPrefix("species            category  3 values, top Adelie 44.2%, null 0%"))
    #expect(lines[5].hasPrefix("bill_length_mm     number    32.1 to 59.6, mean 43.92, sd 5.46, null 0.6%"))
    #expect(lines.contains { $0.hasPrefix("Rank correlations, real | synthetic (largest difference ") })
    #expect(lines.contains("Exact copies of real rows: 0 of 200 synthetic rows"))
    #expect(lines.contains { $0.hasPrefix("Distance to closest record (median): synthetic to real ") })
    #expect(
      lines.contains(
        "  200 synthetic and 344 real rows sampled, searched among 344 real rows; numbers standardised, categories 0 or 1"
      ))
    let written = try String(contentsOfFile: folder + "/twin.csv", encoding: .utf8)
    #expect(written.hasPrefix(Self.penguinsHeader + "\n"))
  }

  @Test func theJSONReportNamesGeneratedColumnsWithWhyAndGoesToStandardErrorBesideTheRows() async throws {
    let folder = try Self.folder("json-report")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = ["Anna", "Ben", "Carla", "David", "Emma", "Frank"]
    let last = ["Holmes", "Bond", "Hara", "Simpson", "Marple"]
    var csv = "Age,Name,Last Name,Address,City,Score\n"
    for row in 0..<30 {
      csv += "\(20 + row % 15 * 3),\(first[row % 6]),\(last[row % 5]) \(first[row / 6]),\(row + 10) Main St,"
      csv += "Town\(row),\(row * 13 % 17)\n"
    }
    try csv.write(toFile: folder + "/people.csv", atomically: true, encoding: .utf8)
    let result = try await AssayProcess.runOffThePool([
      "synth", folder + "/people.csv", "-n", "20", "--seed", "5", "--report", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Age,Name,Last Name,Address,City,Score\n"))
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
    #expect(report["generated_columns"] as? [String] == ["Name", "Last Name", "Address", "City"])
    #expect(report["exact_copies"] as? Int == 0)
    #expect(report["real_rows"] as? Int == 30 && report["synthetic_rows"] as? Int == 20)
    let columns = try #require(report["columns"] as? [[String: Any]])
    #expect(
      columns.map { $0["kind"] as? String } == [
        "number", "generated", "generated", "generated", "generated", "number",
      ])
    #expect(columns.map { $0["distance_name"] as? String } == ["KS", nil, nil, nil, nil, "KS"])
    #expect(
      columns.map { $0["generated_because"] as? String } == [
        nil, "personal data (person-name)", "personal data (person-name)", "near-unique text",
        "near-unique text", nil,
      ])
  }

  @Test func aFilterLearnsFromTheRowsItKeeps() async throws {
    let result = try await AssayProcess.runOffThePool([
      "synth", "sampledata/penguins.csv", "-n", "300", "--seed", "2", "--where", "species == 'Gentoo'",
    ])
    #expect(result.status == 0)
    let species = Set(result.stdout.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } })
    #expect(species == ["Gentoo"])
    let island = Set(result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] })
    #expect(island == ["Biscoe"])
  }

  @Test func aSpecGeneratesItsColumns() async throws {
    let folder = try Self.folder("spec")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try """
    {"columns": [{"name": "id", "distribution": "sequence"},
      {"name": "height", "distribution": "normal", "mean": 170, "sd": 10, "decimals": 1},
      {"name": "plan", "distribution": "categorical", "values": ["free", "pro"], "weights": [3, 1]},
      {"name": "day", "distribution": "date", "from": "2024-02-01", "to": "2024-02-29"}]}
    """.write(toFile: folder + "/spec.json", atomically: true, encoding: .utf8)
    let result = try await AssayProcess.runOffThePool([
      "synth", "--spec", folder + "/spec.json", "-n", "4", "--seed", "1",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5 && lines[0] == "id,height,plan,day")
    let pattern = try Regex(#"^(\d),\d{3}(\.\d)?,(free|pro),2024-02-\d\d$"#)
    for (index, line) in lines.dropFirst().enumerated() {
      let match = try #require(line.wholeMatch(of: pattern), "\(line)")
      #expect(match.output[1].substring == "\(index + 1)")
    }
  }

  @Test func aBadSpecIsOneLineNamingTheField() async throws {
    let folder = try Self.folder("bad-spec")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try #"{"columns": [{"name": "w", "distribution": "poisson", "lambda": -2}]}"#.write(
      toFile: folder + "/spec.json", atomically: true, encoding: .utf8)
    let result = try await AssayProcess.runOffThePool(["synth", "--spec", folder + "/spec.json", "-n", "4"])
    #expect(result.status == 1 && result.stdout.isEmpty)
    #expect(
      result.stderr
        == "assay: \(folder)/spec.json: columns[0].lambda: must be a positive number up to 1e9 — fix the spec (see README, Synthetic data)\n"
    )
  }

  @Test func aBadFilterOrOutputIsOneLine() async throws {
    let filter = try await AssayProcess.runOffThePool([
      "synth", "sampledata/penguins.csv", "-n", "5", "--where", "wingspan > 3",
    ])
    #expect(filter.status == 1 && filter.stdout.isEmpty)
    #expect(filter.stderr.hasPrefix("assay: ") && filter.stderr.contains("wingspan"))
    #expect(filter.stderr.split(separator: "\n").count == 1)
    let output = try await AssayProcess.runOffThePool([
      "synth", "sampledata/penguins.csv", "-n", "5", "-o", "twin.xlsx",
    ])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "assay: twin.xlsx: name the file .csv, .tsv, .json, .jsonl or .parquet to choose the format\n")
    let negative = try await AssayProcess.runOffThePool(["synth", "sampledata/penguins.csv", "-n", "-5"])
    #expect(negative.status != 0)
    #expect(
      negative.stderr == "assay: -n takes a number of rows, 0 or more — see 'assay synth --help'\n",
      "\(negative.stderr)")
  }
}
