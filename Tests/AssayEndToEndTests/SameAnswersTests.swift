import Foundation
import Testing

/// The same data gives the same answers whatever holds it: iris from its CSV file, from SQLite and
/// from the PostgreSQL and MariaDB servers the test run starts. Summaries of a database are computed
/// by the engine (GROUP BY), and only their results cross to Assay.
@Suite("the same answers from every source") struct SameAnswersTests {
  /// The servers' iris sources; those whose variables are unset are left out.
  static let servers: [String] = [
    ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"].map { $0 + "?table=iris" },
    ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"].map { $0 + "?table=iris" },
  ].compactMap { $0 }

  /// The servers' million-row tables, with a numeric and a text column of each.
  static let bigTables: [(source: String, number: String, text: String)] = [
    ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"].map {
      ($0 + "?table=big", "amount", "category")
    },
    ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"].map {
      ($0 + "?table=big", "measure", "category")
    },
  ].compactMap { $0 }

  @Test func irisDescribesChartsAndCountsAlikeFromEverySource() throws {
    let database = try SQLiteFixture.iris()
    defer { SQLiteFixture.remove(database) }
    let sources = ["sqlite:\(database)?table=iris"] + Self.servers
    // Each command: its words before the source, the options after it, and whether its first
    // line is a title (which names the source).
    let commands: [(verb: [String], options: [String], titled: Bool)] = [
      (["describe"], [], false), (["freq"], ["--column", "species"], false),
      (["chart", "histogram"], ["--column", "petal_length", "--width", "70", "--height", "14"], true),
      (["chart", "histogram"], ["--column", "sepal_width", "--bins", "9"], true),
      (["chart", "box"], ["--x", "species", "--y", "petal_width", "--width", "70", "--height", "14"], true),
    ]
    for command in commands {
      let fromCSV = try AssayProcess.run(command.verb + ["sampledata/iris.csv"] + command.options)
      #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
      let expected = fromCSV.stdout.split(separator: "\n").dropFirst(command.titled ? 1 : 0)
      for source in sources {
        let arguments = command.verb + [source] + command.options
        let fromDatabase = try AssayProcess.run(arguments)
        #expect(fromDatabase.status == 0, "\(arguments): \(fromDatabase.stderr)")
        #expect(
          fromDatabase.stdout.split(separator: "\n").dropFirst(command.titled ? 1 : 0) == expected,
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
