import AssayCore
import Foundation
import Testing

@testable import AssayCSV

/// Dates and timestamps read from text agree with Python's `datetime` to the microsecond, values
/// that are not real times make their column text, and any split of the input reads the same.
struct TimeInferenceTests {
  /// Every value Python reads as `(text, how)`, in the corpus's order.
  static func python(_ values: [(text: String, python: String)]) throws -> [Int64?] {
    let path = NSTemporaryDirectory() + "assay-times-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let pairs = values.map { [$0.text, $0.python] }
    try JSONSerialization.data(withJSONObject: pairs).write(to: URL(fileURLWithPath: path))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", TimeCorpus.pythonScript, path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let decoded = try #require(try JSONSerialization.jsonObject(with: data) as? [Any])
    return decoded.map { ($0 as? NSNumber)?.int64Value }
  }

  /// The CSV text of one column named `name` holding `texts`, each quoted when it has a comma.
  static func csv(_ name: String, _ texts: [String]) -> String {
    ([name] + texts.map { $0.contains(",") ? "\"\($0)\"" : $0 }).joined(separator: "\n") + "\n"
  }

  /// A time cell as microseconds since the epoch (a date as its midnight).
  static func micros(_ value: Value) -> Int64? {
    switch value {
    case .timestamp(let t): return t.microseconds
    case .date(let d): return Int64(d) * TimeText.microsPerDay
    default: return nil
    }
  }

  @Test(arguments: TimeCorpus.cases.map(\.name))
  func timesEqualPythonsToTheMicrosecond(name: String) throws {
    let corpus = try #require(TimeCorpus.cases.first { $0.name == name })
    let expected = try Self.python(corpus.values)
    let table = try TableText.read(
      Self.csv(name, corpus.values.map(\.text)), options: SourceOptions(named: corpus.options))
    let column = try #require(table.columns.first)
    #expect(column.type == corpus.type)
    for (row, value) in corpus.values.enumerated() {
      #expect(expected[row] != nil, "Python refuses \(value.text)")
      #expect(
        Self.micros(column[row]) == expected[row],
        "\(value.text): \(column[row]) vs \(String(describing: expected[row]))")
    }
  }

  @Test(arguments: TimeCorpus.cases.map(\.name))
  func aValueThatIsNoTimeInTheColumnsFormMakesItText(name: String) throws {
    let corpus = try #require(TimeCorpus.cases.first { $0.name == name })
    let refusals = try Self.python(corpus.refused)
    for (refused, python) in zip(corpus.refused, refusals) {
      let texts = corpus.values.map(\.text) + [refused.text]
      let read = { try TableText.read(Self.csv(name, texts), options: SourceOptions(named: corpus.options)) }
      if Self.forces(corpus) {
        // A forced format refuses the value at its line (the header is line 1) and column.
        #expect(throws: AssayError.self) { try read() }
        do { _ = try read() } catch { #expect("\(error)".hasPrefix("test.csv:\(texts.count + 1):1: ")) }
      } else {
        let table = try read()
        #expect(table.columns.first?.type == .string, "\(refused.text) in \(name)")
        #expect(table.columns.first?[texts.count - 1] == .string(refused.text))
      }
      if refused.python != "%m/%d/%Y" && refused.python != "%d/%m/%Y" {
        #expect(python == nil, "Python reads \(refused.text)")
      }
    }
  }

  @Test(arguments: TimeCorpus.cases.map(\.name))
  func anySplitOfTheInputReadsTheSame(name: String) throws {
    let corpus = try #require(TimeCorpus.cases.first { $0.name == name })
    let options = SourceOptions(named: corpus.options)
    let rows = (0..<30).flatMap { _ in corpus.values.map(\.text) }
    for texts in [rows, rows + (corpus.refused.first.map { [$0.text] } ?? [])] {
      let text = Self.csv(name, texts)
      if Self.forces(corpus) && texts.count > rows.count {
        let refusal = { (chunkSize: Int) in
          do {
            _ = try TableText.read(text, options: options, chunkSize: chunkSize, parallel: true)
            return ""
          } catch { return "\(error)" }
        }
        #expect(!refusal(1 << 30).isEmpty && [7, 40, 200].allSatisfy { refusal($0) == refusal(1 << 30) })
        continue
      }
      let whole = try TableText.read(text, options: options, chunkSize: 1 << 30, parallel: false)
      for chunkSize in [7, 40, 200] {
        let split = try TableText.read(text, options: options, chunkSize: chunkSize, parallel: true)
        #expect(TableText.cells(split) == TableText.cells(whole), "chunk size \(chunkSize)")
        #expect(split.columns.map(\.sourceFormat) == whole.columns.map(\.sourceFormat))
        #expect(split.columns.map(\.timeZone) == whole.columns.map(\.timeZone))
        let streamed = try TableText.readStreamed(text, options: options, chunkSize: chunkSize)
        #expect(TableText.cells(streamed) == TableText.cells(whole), "streamed, chunk size \(chunkSize)")
        #expect(streamed.columns.map(\.type) == whole.columns.map(\.type))
      }
    }
  }

  /// True when the corpus's options force its format (`date-format`, `epoch`).
  static func forces(_ corpus: TimeCorpus.Case) -> Bool {
    corpus.options.keys.contains("date-format") || corpus.options.keys.contains("epoch")
  }

  @Test func slashDatesAreReadInTheOrderTheColumnsValuesAllow() throws {
    func read(_ texts: [String], dayFirst: Bool = false) throws -> Column {
      let options = SourceOptions(named: dayFirst ? ["dayfirst": "yes"] : [:])
      return try #require(try TableText.read(Self.csv("d", texts), options: options).columns.first)
    }
    // A first field above 12 anywhere makes every value day first, even ones read before it.
    let dayFirst = try read(["01/02/2024", "03/04/2024", "25/12/2024"])
    #expect(dayFirst.sourceFormat == "DD/MM/YYYY")
    #expect(dayFirst[0] == .date(CivilDate(year: 2024, month: 2, day: 1).daysSinceEpoch))
    let monthFirst = try read(["01/02/2024", "12/25/2024"], dayFirst: true)
    #expect(monthFirst.sourceFormat == "MM/DD/YYYY")
    #expect(monthFirst[0] == .date(CivilDate(year: 2024, month: 1, day: 2).daysSinceEpoch))
    let undecided = try read(["01/02/2024", "03/04/2024"])
    #expect(undecided[0] == .date(CivilDate(year: 2024, month: 1, day: 2).daysSinceEpoch))
    #expect(undecided.sourceFormat?.hasPrefix("MM/DD/YYYY (undecided") == true)
    let asked = try read(["01/02/2024", "03/04/2024"], dayFirst: true)
    #expect(asked[0] == .date(CivilDate(year: 2024, month: 2, day: 1).daysSinceEpoch))
    #expect(try read(["13/02/2024", "02/13/2024"]).type == .string)
    // 30/02 is no day either way round.
    #expect(try read(["01/02/2024", "30/02/2024"]).type == .string)
  }

  @Test func zoneFormsFollowTheSource() throws {
    func column(_ texts: [String]) throws -> Column {
      try #require(try TableText.read(Self.csv("t", texts)).columns.first)
    }
    #expect(try column(["2024-03-01T08:00:00+02:00", "2024-03-01T09:30:00+02:00"]).timeZone == .offset(7200))
    #expect(
      try column(["2024-03-01T08:00:00+02:00", "2024-03-01T09:30:00+02:00"])[0].description
        == "2024-03-01 08:00:00+02:00")
    #expect(try column(["2024-03-01T08:00:00Z"]).timeZone == .utc)
    let mixed = try column(["2024-03-01T08:00:00+02:00", "2024-03-01T08:00:00-01:00"])
    #expect(mixed.timeZone == .utc)
    #expect(mixed[1].description == "2024-03-01 09:00:00Z")
    #expect(try column(["2024-03-01T08:00:00", "2024-03-01T08:00:00Z"]).type == .string)
    #expect(try column(["2024-03-01", "2024-03-01T08:00:00"]).timeZone == .naive)
  }

  @Test func tzShowsZoneAwareTimestampsAtTheOffsetAsked() throws {
    let text = Self.csv("t", ["2024-03-01T08:00:00+02:00", "2024-03-01T09:00:00Z"])
    let shifted = try #require(
      try TableText.read(text, options: SourceOptions(named: ["tz": "+05:30"])).columns.first)
    #expect(shifted[0].description == "2024-03-01 11:30:00+05:30")
    #expect(shifted[1].description == "2024-03-01 14:30:00+05:30")
    let utc = try #require(
      try TableText.read(text, options: SourceOptions(named: ["tz": "UTC"])).columns.first)
    #expect(utc[0].description == "2024-03-01 06:00:00Z")
    let naive = try #require(
      try TableText.read(Self.csv("t", ["2024-03-01T08:00:00"]), options: SourceOptions(named: ["tz": "UTC"]))
        .columns.first)
    #expect(naive[0].description == "2024-03-01 08:00:00")
  }

  @Test func badTimeOptionsAreErrors() {
    for named in [
      ["dayfirst": "maybe"], ["date-format": "nope=%Y"], ["date-format": "d=%Q"], ["epoch": "d=us"],
      ["epoch": "=s"], ["tz": "Europe/Paris"], ["tz": "+25:00"],
    ] {
      #expect(TableText.error(Array("d\n1\n".utf8), options: SourceOptions(named: named)) != nil, "\(named)")
    }
  }

  @Test func headersAboveTimesAreFound() throws {
    let table = try TableText.read("when,n\n2024-03-01 08:00,1\n2024-03-02 09:00,2\n")
    #expect(table.columnNames == ["when", "n"])
    #expect(table.columns[0].type == .timestamp)
  }
}
