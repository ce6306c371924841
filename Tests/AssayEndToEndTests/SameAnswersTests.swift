import Foundation
import Testing

/// The same data gives the same answers whatever holds it: iris from its CSV file, from SQLite and
/// from the PostgreSQL and MariaDB servers the test run starts. Summaries of a database are computed
/// by the engine (GROUP BY), and only their results cross to Assay.
@Suite("the same answers from every source") struct SameAnswersTests {
  /// The servers' sources of `table`; those whose variables are unset are left out.
  static func servers(_ table: String) -> [String] {
    [
      ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"],
      ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"],
    ]
    .compactMap { $0.map { $0 + "?table=\(table)" } }
  }

  /// The servers' million-row tables, with a numeric, a text and a time column of each.
  static let bigTables: [(source: String, number: String, text: String, time: String)] = [
    ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"].map {
      ($0 + "?table=big", "amount", "category", "seen")
    },
    ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"].map {
      ($0 + "?table=big", "measure", "category", "happened")
    },
  ].compactMap { $0 }

  /// A command's words before the source, the options after it, and whether its first line is
  /// a title (which names the source).
  typealias Command = (verb: [String], options: [String], titled: Bool)

  @Test func irisDescribesChartsAndCountsAlikeFromEverySource() throws {
    let database = try SQLiteFixture.iris()
    defer { SQLiteFixture.remove(database) }
    expectSameOutput(
      of: [
        (["describe"], [], false), (["freq"], ["--column", "species"], false),
        (["chart", "histogram"], ["--column", "petal_length", "--width", "70", "--height", "14"], true),
        (["chart", "histogram"], ["--column", "sepal_width", "--bins", "9"], true),
        (
          ["chart", "box"], ["--x", "species", "--y", "petal_width", "--width", "70", "--height", "14"], true
        ),
        (
          ["chart", "heatmap"],
          ["--x", "petal_length", "--y", "petal_width", "--width", "60", "--height", "16"], true
        ),
        (["project", "pca"], ["--color-by", "species"], true),
        (["project", "tsne"], ["--color-by", "species", "--iterations", "300"], true),
      ], csv: "sampledata/iris.csv", sources: ["sqlite:\(database)?table=iris"] + Self.servers("iris"))
  }

  /// Missing values, integers, dates and ties: describe's every figure (to the last digit of its
  /// JSON) and the charts agree with the CSV files'.
  @Test func penguinsAndWeatherAgreeWithTheirCSVFiles() throws {
    let database = try SQLiteFixture.penguinsAndWeather()
    defer { SQLiteFixture.remove(database) }
    func sources(_ table: String) -> [String] { ["sqlite:\(database)?table=\(table)"] + Self.servers(table) }
    expectSameOutput(
      of: [
        (["describe"], [], false), (["describe"], ["--format", "json"], false),
        (["freq"], ["--column", "sex"], false),
        (["freq"], ["--column", "island"], false), (["freq"], ["--column", "year"], false),
        (["chart", "histogram"], ["--column", "bill_length_mm", "--width", "70", "--height", "14"], true),
        (["chart", "histogram"], ["--column", "body_mass_g", "--bins", "12"], true),
        (
          ["chart", "box"],
          ["--x", "species", "--y", "flipper_length_mm", "--width", "70", "--height", "14"], true
        ),
        (["chart", "heatmap"], ["--x", "bill_length_mm", "--y", "body_mass_g"], true),
        (["project", "pca"], ["--color-by", "species"], true),
        (["project", "tsne"], ["--color-by", "species", "--iterations", "300"], true),
      ], csv: "sampledata/penguins.csv", sources: sources("penguins"))
    expectSameOutput(
      of: [
        (["describe"], ["--format", "json"], false), (["freq"], ["--column", "weather"], false),
        (["freq"], ["--column", "date", "--by", "month"], false),
        (["freq"], ["--column", "date", "--by", "weekday"], false),
        (["chart", "histogram"], ["--column", "precipitation", "--width", "70", "--height", "14"], true),
        (["chart", "box"], ["--x", "weather", "--y", "wind", "--width", "70", "--height", "14"], true),
      ], csv: "sampledata/seattle-weather.csv", sources: sources("weather"))
  }

  /// Each command prints the same lines (but a title) from every source as from the CSV file. A
  /// date column's text format, which only a file has, is left out of describe's JSON, and with it
  /// the span (listed only beside a format; it follows from the extremes, which are compared); so
  /// are the null texts (`NA`) only a file writes.
  private func expectSameOutput(of commands: [Command], csv: String, sources: [String]) {
    func lines(_ result: AssayProcess.Result, titled: Bool) -> [String] {
      let text = result.stdout.replacingOccurrences(
        of: #", "(span|format|null texts)": ("[^"]*"|null)"#, with: "", options: .regularExpression)
      return withoutNullTexts(text.split(separator: "\n").dropFirst(titled ? 1 : 0).map(String.init))
    }
    for command in commands {
      guard let fromCSV = try? AssayProcess.run(command.verb + [csv] + command.options) else {
        Issue.record("\(command.verb) \(csv) did not run")
        continue
      }
      #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
      for source in sources {
        let arguments = command.verb + [source] + command.options
        guard let fromDatabase = try? AssayProcess.run(arguments) else {
          Issue.record("\(arguments) did not run")
          continue
        }
        #expect(fromDatabase.status == 0, "\(arguments): \(fromDatabase.stderr)")
        #expect(
          lines(fromDatabase, titled: command.titled) == lines(fromCSV, titled: command.titled),
          "\(arguments)")
      }
    }
  }

  @Test func aMillionRowsAreSummarisedByTheEngine() throws {
    for big in Self.bigTables {
      let frequency = try AssayProcess.run(["freq", big.source, "--column", big.text, "--explain"])
      #expect(frequency.status == 0, "\(frequency.stderr)")
      let groups = frequency.stdout.split(separator: "\n").count - 2
      #expect(groups == 20, "\(frequency.stdout)")
      #expect(Self.groupByRows(frequency.stderr) == [groups], "\(frequency.stderr)")
      #expect(Self.rowsReceived(frequency.stderr) < 100, "only results cross: \(frequency.stderr)")

      // By hour: one group a quarter hour of the table's 1M seconds or minutes, then the rows read
      // from the start only until each of the tied hours has been seen.
      let hours = try AssayProcess.run([
        "freq", big.source, "--column", big.time, "--by", "hour", "--explain",
      ])
      #expect(hours.status == 0, "\(hours.stderr)")
      #expect(hours.stdout.split(separator: "\n").count == 2 + 24, "\(hours.stdout)")
      #expect(Self.groupByRows(hours.stderr).allSatisfy { $0 <= 66_667 }, "\(hours.stderr)")
      #expect(Self.rowsReceived(hours.stderr) < 300_000, "\(hours.stderr)")

      let histogram = try AssayProcess.run([
        "chart", "histogram", big.source, "--column", big.number, "--bins", "25", "--height", "30",
        "--explain",
      ])
      #expect(histogram.status == 0, "\(histogram.stderr)")
      // One line a bin, `[low, high) ┤███ count`: the bins holding values.
      let bins = histogram.stdout.split(separator: "\n").filter { $0.contains("┤") && !$0.hasSuffix(" 0") }
        .count
      #expect(Self.groupByRows(histogram.stderr) == [bins], "\(histogram.stdout)\n\(histogram.stderr)")
      #expect(Self.rowsReceived(histogram.stderr) < 100, "only results cross: \(histogram.stderr)")

      // A heatmap's grid of 75 × 17 bins: each grid the chart tries is one GROUP BY, whose rows are
      // the bins holding pairs, the footer's count of pairs the table's every row.
      let heatmap = try AssayProcess.run([
        "chart", "heatmap", big.source, "--x", "id", "--y", big.number, "--explain",
      ])
      #expect(heatmap.status == 0, "\(heatmap.stderr)")
      #expect(heatmap.stdout.contains("1,000,000 pairs in 75×17 bins"), "\(heatmap.stdout)")
      let grids = Self.groupByRows(heatmap.stderr)
      #expect(!grids.isEmpty && grids.allSatisfy { $0 <= 75 * 18 }, "\(heatmap.stderr)")
      #expect(
        Self.rowsReceived(heatmap.stderr) <= grids.reduce(0, +) + 10, "only results cross: \(heatmap.stderr)")
    }
  }

  /// The rows received by each GROUP BY statement in an `--explain` log.
  static func groupByRows(_ log: String) -> [Int] {
    let lines = log.split(separator: "\n")
    return lines.indices.compactMap { index in
      guard lines[index].contains("GROUP BY"), index + 1 < lines.count else { return nil }
      return count(in: lines[index + 1])
    }
  }

  /// Rows received by every statement of an `--explain` log.
  static func rowsReceived(_ log: String) -> Int {
    log.split(separator: "\n").filter { $0.hasPrefix("-- ") && $0.contains("received") }.compactMap(count)
      .reduce(0, +)
  }

  /// The number before "row(s) received" in a log line.
  static func count(in line: Substring) -> Int? {
    let words = line.split(separator: " ")
    guard let at = words.firstIndex(where: { $0.hasPrefix("row") }), at > 0 else { return nil }
    return Int(words[at - 1].replacingOccurrences(of: ",", with: ""))
  }
}

/// The lines of a text table without its `null texts` column, when it has one: a CSV file's
/// describe lists the texts it read as nulls (`NA`), which a typed source such as Parquet has not.
func withoutNullTexts(_ lines: [String]) -> [String] {
  guard let header = lines.first, let start = header.range(of: "null texts  ") else { return lines }
  let from = header.distance(from: header.startIndex, to: start.lowerBound)
  let next = header[start.upperBound...].firstIndex { $0 != " " } ?? header.endIndex
  let count = header.distance(from: start.lowerBound, to: next)
  return lines.map { line in
    let characters = Array(line)
    guard characters.count >= from + count else { return line }
    return String(characters[..<from] + characters[(from + count)...])
  }
}

/// `withoutNullTexts` of the lines of `text`.
func withoutNullTexts(_ text: String) -> [String] {
  withoutNullTexts(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
}
