import AssayCore
import Foundation
import Testing

@testable import AssayAnalysis

/// Resampled series equal pandas' `resample(...).agg(...)` on the same rows.
@Suite struct ResampleTests {
  /// 400 rows over two years with a gap of 41 days, a value with nulls, a category of three.
  static let rows: [(day: Int32, value: Double?, group: String)] = (0..<400).compactMap { i in
    let offset = i * 7919 % 700
    guard !(100...140).contains(offset) else { return nil }
    let day = CivilDate(year: 2023, month: 1, day: 1).daysSinceEpoch + Int32(offset)
    return (day, i % 13 == 0 ? nil : Double(i * 37 % 101) / 4, ["a", "b", "c"][i % 3])
  }

  static let table = Table(
    name: "rows",
    columns: [
      Column(name: "day", type: .date, values: rows.map { .date($0.day) }),
      Column(name: "value", type: .double, values: rows.map { $0.value.map(Value.double) ?? .null }),
      Column(name: "group", type: .string, values: rows.map { .string($0.group) }),
    ])

  /// pandas' rule for a period, aligned as Assay aligns it.
  static func pandasRule(_ period: CalendarPeriod) -> String {
    switch period.unit {
    case .week: return "\(period.count)W-MON"
    case .month: return "\(period.count)MS"
    case .quarter: return "\(period.count)QS"
    case .year: return "\(period.count)YS"
    default:
      return
        "\(period.count)\(["second": "s", "minute": "min", "hour": "h", "day": "D"][period.unit.rawValue]!)"
    }
  }

  /// Every period × aggregate × grouping, keyed `period aggregate grouped`, as pandas resamples the
  /// table: `[series name: [(period start in days, value or nil)]]`. One python3 run for them all.
  static let pandas: [String: [String: [(Int, Double?)]]] = {
    let csv = NSTemporaryDirectory() + "assay-resample-\(getpid())-\(UUID().uuidString.prefix(8)).csv"
    defer { try? FileManager.default.removeItem(atPath: csv) }
    let lines = rows.map {
      "\(CivilDate(daysSinceEpoch: $0.day).iso),\($0.value.map { "\($0)" } ?? ""),\($0.group)\n"
    }
    try? ("day,value,group\n" + lines.joined()).write(toFile: csv, atomically: true, encoding: .utf8)
    let rules = periods.map { "'\($0)': '\(pandasRule(CalendarPeriod($0)!))'" }.joined(separator: ", ")
    let script = """
      import json, pandas as pd
      t = pd.read_csv('\(csv)', parse_dates=['day'])
      out = {}
      for text, rule in {\(rules)}.items():
          for agg in ['mean', 'sum', 'count', 'min', 'max', 'median']:
              for grouped in [False, True]:
                  series = {}
                  for name, g in (t.groupby('group') if grouped else [('value', t)]):
                      r = g.set_index('day')['value'].resample(rule, closed='left', label='left', origin='start_day')
                      s = r.sum(min_count=1) if agg == 'sum' else getattr(r, agg)()
                      days = lambda k: int((k - pd.Timestamp('1970-01-01')).days)
                      series[name] = [[days(k), None if pd.isna(v) else float(v)] for k, v in s.items()]
                  out[f'{text} {agg} {grouped}'] = series
      print(json.dumps(out))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let output = Pipe()
    process.standardOutput = output
    try? process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let decoded = (try? JSONSerialization.jsonObject(with: data)) as? [String: [String: [[Any]]]] ?? [:]
    return decoded.mapValues { $0.mapValues { pairs in pairs.map { ($0[0] as! Int, $0[1] as? Double) } } }
  }()

  /// The periods compared.
  static let periods = ["12h", "1d", "1w", "1M", "1Q", "1Y"]

  @Test(arguments: periods)
  func everyAggregateEqualsPandas(period text: String) throws {
    #expect(!Self.pandas.isEmpty, "python3 with pandas is needed (scripts/setup.sh installs it)")
    let period = try #require(CalendarPeriod(text))
    let times = try #require(TimeValues(Self.table.columns[0]))
    let values = NumericValues(Self.table.columns[1])
    for aggregate in ResampleAggregate.allCases {
      for grouped in [false, true] {
        let ours = try Resample.series(
          times: times, values: values, groups: grouped ? CategoryCodes(Self.table.columns[2]) : nil,
          period: period, aggregate: aggregate)
        let theirs = Self.pandas["\(text) \(aggregate) \(grouped ? "True" : "False")"] ?? [:]
        #expect(Set(ours.map(\.name)) == Set(theirs.keys), "\(text) \(aggregate)")
        for series in ours {
          let expected = theirs[series.name] ?? []
          let days = series.starts.map { Int($0 / CalendarPeriod.microsecondsPerDay) }
          #expect(days == expected.map(\.0), "\(text) \(aggregate) \(series.name): period starts")
          for (index, value) in series.values.enumerated() where index < expected.count {
            let other = expected[index].1
            let same =
              value == nil ? other == nil : other.map { abs($0 - value!) <= 1e-9 * max(1, abs($0)) } ?? false
            #expect(
              same,
              "\(text) \(aggregate) \(series.name) period \(index): \(String(describing: value)) vs \(String(describing: other))"
            )
          }
        }
      }
    }
  }

  @Test func periodsReadTheirTextAndStepOverMonthEnds() throws {
    #expect(CalendarPeriod("1h") == CalendarPeriod(.hour))
    #expect(CalendarPeriod("15min") == CalendarPeriod(count: 15, .minute))
    #expect(CalendarPeriod("W") == CalendarPeriod(.week))
    #expect(CalendarPeriod("0d") == nil && CalendarPeriod("1x") == nil && CalendarPeriod("") == nil)
    let january31 =
      Int64(CivilDate(year: 2024, month: 1, day: 31).daysSinceEpoch) * CalendarPeriod.microsecondsPerDay
    let month = CalendarPeriod(.month)
    let start = month.firstStart(containing: january31)
    #expect(CivilDate(daysSinceEpoch: Int32(start / CalendarPeriod.microsecondsPerDay)).iso == "2024-01-01")
    #expect(
      CivilDate(daysSinceEpoch: Int32(month.next(after: start) / CalendarPeriod.microsecondsPerDay)).iso
        == "2024-02-01")
    let week = CalendarPeriod(.week).firstStart(containing: january31)
    #expect(CivilDate(daysSinceEpoch: Int32(week / CalendarPeriod.microsecondsPerDay)).iso == "2024-01-29")
  }

  @Test func aShortPeriodOverALongSpanIsRefused() throws {
    #expect(throws: AssayError.self) {
      try Resample.series(
        times: #require(TimeValues(Self.table.columns[0])), values: nil, groups: nil,
        period: CalendarPeriod(.second), aggregate: .count)
    }
  }
}
