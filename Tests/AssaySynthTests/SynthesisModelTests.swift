import AssayAnalysis
import AssayCore
import Foundation
import Testing

@testable import AssaySynth

/// What a model fitted on a table keeps: types, granularity of times, decimals, frequencies, null
/// rates, correlations, generated text's shape; and what it must not do: copy real rows.
struct SynthesisModelTests {
  /// A table of `rows` rows: month-first dates, whole-hour, whole-day and second timestamps,
  /// yearly dates, an int, a two-decimal double correlated with it, a category, a bool and names.
  static func timesTable(rows: Int) throws -> Table {
    var random = SeededRandom(seed: 11)
    var csv = "month,hour,day_stamp,second,year,count,amount,colour,flag,name\n"
    for row in 0..<rows {
      let month = 1 + Int(random.next() % 12), year = 2000 + Int(random.next() % 20)
      let day = 1 + Int(random.next() % 28), hour = Int(random.next() % 24)
      let count = Int(random.nextGaussian(mean: 50, standardDeviation: 10))
      let amount = Double(count) * 1.5 + random.nextGaussian(mean: 0, standardDeviation: 5)
      let colour = ["red", "green", "blue", "red", "red"][Int(random.next() % 5)]
      let name = "User\(row)x" + String(UnicodeScalar(UInt8(65 + row % 26)))
      csv += "\(year)-\(pad(month))-01,\(year)-\(pad(month))-\(pad(day)) \(pad(hour)):00:00,"
      csv +=
        "\(year)-\(pad(month))-\(pad(day))T00:00:00,\(year)-\(pad(month))-\(pad(day)) \(pad(hour)):\(pad(row % 60)):\(pad(day))"
      csv +=
        ",\(year)-01-01,\(count),\(NumberFormatting.decimals(amount, 2)),\(colour),\(row % 3 == 0),\(name)\n"
    }
    return try SynthFixtures.table(csv: csv)
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  @Test func timesKeepTheirGranularityAndNumbersTheirType() throws {
    let real = try Self.timesTable(rows: 2000)
    let model = try SynthesisModel.fit(real)
    #expect(
      model.columns.map(\.summary) == [
        "date (month)", "timestamp (hour)", "timestamp (day)", "timestamp (second)", "date (year)", "number",
        "number (2 decimals)", "category (3 values)", "category (2 values)", "generated text (shape only)",
      ])
    let synthetic = model.sample(rows: 3000, seed: 5)
    #expect(synthetic.columns.map(\.type) == real.columns.map(\.type))
    for value in SynthFixtures.values(synthetic.columns[0]) {
      guard case .date(let days) = value else { continue }
      #expect(CivilDate(daysSinceEpoch: days).day == 1)
    }
    for value in SynthFixtures.values(synthetic.columns[4]) {
      guard case .date(let days) = value else { continue }
      let date = CivilDate(daysSinceEpoch: days)
      #expect(date.day == 1 && date.month == 1)
    }
    for (column, step) in [(1, Int64(3_600_000_000)), (2, 86_400_000_000), (3, 1_000_000)] {
      let values = SynthFixtures.values(synthetic.columns[column])
      #expect(
        values.allSatisfy { if case .timestamp(let t) = $0 { t.microseconds % step == 0 } else { true } })
      if column == 3 {
        // Seconds are learned as seconds, not rounded to something coarser.
        #expect(
          values.contains {
            if case .timestamp(let t) = $0 { t.microseconds % 60_000_000 != 0 } else { false }
          })
      }
    }
    let amounts = SynthFixtures.numbers(synthetic.columns[6])
    #expect(amounts.allSatisfy { ($0 * 100).rounded() / 100 == $0 })
    #expect(Set(amounts).count > 500)
  }

  /// Timestamps at midnight on the first of a month (or of January) stay so, as dates do.
  @Test func timestampsOnTheFirstOfAMonthOrYearStaySo() throws {
    var csv = "monthly,yearly\n"
    for k in 0..<48 {
      csv += "\(2020 + k / 12)-\(Self.pad(k % 12 + 1))-01 00:00:00,\(1990 + k)-01-01T00:00:00Z\n"
    }
    let model = try SynthesisModel.fit(try SynthFixtures.table(csv: csv))
    #expect(model.columns.map(\.summary) == ["timestamp (month)", "timestamp (year)"])
    let synthetic = model.sample(rows: 1000, seed: 1)
    for (column, yearly) in [(0, false), (1, true)] {
      let values = SynthFixtures.values(synthetic.columns[column])
      #expect(values.count == 1000)
      for case .timestamp(let t) in values {
        #expect(t.microseconds % TimeText.microsPerDay == 0)
        let date = CivilDate(daysSinceEpoch: Int32(t.microseconds / TimeText.microsPerDay))
        #expect(date.day == 1 && (!yearly || date.month == 1), "\(t)")
      }
    }
  }

  /// A number column of few values is drawn from them only: a row redrawn because it copies a
  /// real row cannot escape to a value between two (which no real row holds), so its copies are
  /// counted instead of turned into invented values.
  @Test func aNumberOfFewValuesIsDrawnFromThemOnly() throws {
    var csv = "score,group,half\n"
    for k in 0..<200 { csv += "\(k % 3 == 0 ? 0 : 100),\(k % 2 == 0 ? "A" : "B"),\(Double(k % 4) / 2)\n" }
    let model = try SynthesisModel.fit(try SynthFixtures.table(csv: csv))
    let synthetic = model.sample(rows: 2000, seed: 1)
    #expect(Set(SynthFixtures.numbers(synthetic.columns[0])) == [0, 100])
    #expect(Set(SynthFixtures.numbers(synthetic.columns[2])) == [0, 0.5, 1, 1.5])
    let hundreds = SynthFixtures.numbers(synthetic.columns[0]).filter { $0 == 100 }.count
    #expect(abs(Double(hundreds) / 2000 - 133.0 / 200) < 0.03, "\(hundreds)")
  }

  @Test func generatedTextKeepsLengthAndCharacterClassesAndIsNamed() throws {
    let real = try Self.timesTable(rows: 500)
    let model = try SynthesisModel.fit(real)
    #expect(model.generatedColumns == ["name": "near-unique text"])
    let synthetic = model.sample(rows: 500, seed: 9)
    let realNames = Set(SynthFixtures.values(real.columns[9]).map(\.description))
    func shape(_ text: String) -> String {
      String(
        text.map { $0.isUppercase ? "A" : $0.isLowercase ? "a" : $0.isNumber ? "9" : $0 })
    }
    let realShapes = Set(realNames.map(shape))
    for value in SynthFixtures.values(synthetic.columns[9]) {
      #expect(realShapes.contains(shape(value.description)), "\(value)")
      #expect(!realNames.contains(value.description))
    }
  }

  @Test func noSyntheticRowCopiesARealRow() throws {
    // Iris has few distinct values per column: a model without the redraw copies rows often.
    let real = try SynthFixtures.sample("iris")
    let synthetic = try SynthesisModel.fit(real).sample(rows: 5000, seed: 1)
    let realRows = Set(RowHashes.of(real))
    #expect(RowHashes.of(synthetic).filter(realRows.contains).isEmpty)
    #expect(FidelityReport.compare(real: real, synthetic: synthetic).exactCopies == 0)
  }

  @Test func frequenciesNullRatesAndRankCorrelationsComeBack() throws {
    let real = try SynthFixtures.sample("penguins")
    let model = try SynthesisModel.fit(real)
    let synthetic = model.sample(rows: 20_000, seed: 3)
    let report = FidelityReport.compare(real: real, synthetic: synthetic)
    for column in report.columns {
      #expect(abs(column.real.nullShare - column.synthetic.nullShare) < 0.01, "\(column.name)")
      #expect((column.distance ?? 0) < 0.05, "\(column.name): \(column.distance ?? 0)")
    }
    // Rank correlations are what the copula draws for columns of one dimension; a spread category's
    // values are held each on its own (SpreadCategoryTests), not along its codes' order.
    let spread = Set(
      model.columns.filter { if case .categories(let c) = $0.marginal { c.isSpread } else { false } }.map(
        \.name))
    #expect(spread == ["species", "island"])
    let n = report.correlationColumns.count
    for i in 0..<n where !spread.contains(report.correlationColumns[i]) {
      for j in 0..<i where !spread.contains(report.correlationColumns[j]) {
        let gap = abs(report.realCorrelations[i * n + j] - report.syntheticCorrelations[i * n + j])
        #expect(gap < 0.1, "\(report.correlationColumns[i]), \(report.correlationColumns[j]): \(gap)")
      }
    }
  }

  @Test func aTwinOfTheRealRowCountHoldsItsFrequenciesQuantilesAndNullsToARow() throws {
    // Drawn independently, 344 rows put each share off by a few percent (KS up to 0.05, nulls 3
    // rows apart); stratified, every category's count is the real one and every number's
    // distribution is one row of 342 (0.0029) from the real one.
    let real = try SynthFixtures.sample("penguins")
    for seed in [UInt64(1), 2, 3] {
      let synthetic = try SynthesisModel.fit(real).sample(rows: real.rowCount, seed: seed)
      let report = FidelityReport.compare(real: real, synthetic: synthetic)
      for column in report.columns {
        let nullRows = abs(column.real.nullShare - column.synthetic.nullShare) * Double(real.rowCount)
        #expect(nullRows < 0.5, "\(column.name), seed \(seed): \(nullRows) null rows apart")
        #expect((column.distance ?? 0) < 0.003, "\(column.name), seed \(seed): \(column.distance ?? 0)")
      }
    }
  }

  @Test func equallyFrequentCategoriesAreCodedInTheOrderTheyFirstAppear() throws {
    // By value, "alpha" (dear) would come before "zeta" (cheap) and put the prices out of order
    // along the codes.
    var csv = "symbol,price\n"
    for row in 0..<39 {
      csv += ["zeta,\(row % 5)", "alpha,\(100 + row % 5)", "mid,\(50 + row % 5)"][row % 3] + "\n"
    }
    let model = try SynthesisModel.fit(try SynthFixtures.table(csv: csv + "mid,52\n"))
    guard case .categories(let symbols) = model.columns[0].marginal else {
      Issue.record("symbol is not learned as categories")
      return
    }
    #expect(symbols.values == [.string("mid"), .string("zeta"), .string("alpha")])
    let codes = ColumnKeys.categoryOrder(
      real: [.string("zeta"), .string("alpha"), .string("mid"), .string("mid")], synthetic: [.string("new")])
    #expect(codes == [.string("mid"): 0, .string("zeta"): 1, .string("alpha"): 2, .string("new"): 3])
  }

  @Test func aSortedSheetsCategoriesAreCodedInItsRowOrderNotItsDictionarys() throws {
    // Sorting keeps the loaded column's dictionary (zeta before alpha); the rows now start with alpha.
    let loaded = try SynthFixtures.table(csv: "kind,n\nzeta,1\nalpha,2\nzeta,3\nalpha,4\n")
    let sorted = TableSort.sorted(loaded, by: [SortKey(column: 0)])
    guard case .categories(let kinds) = try SynthesisModel.fit(sorted).columns[0].marginal else {
      Issue.record("kind is not learned as categories")
      return
    }
    #expect(kinds.values == [.string("alpha"), .string("zeta")])
  }

  @Test func theSameSeedGivesTheSameRows() throws {
    let model = try SynthesisModel.fit(try SynthFixtures.sample("penguins"))
    #expect(model.sample(rows: 40_000, seed: 42) == model.sample(rows: 40_000, seed: 42))
    #expect(model.sample(rows: 100, seed: 42) != model.sample(rows: 100, seed: 43))
  }

  @Test func integersAtTheEdgesOfTheRangeAreDrawnAndReportedExactly() throws {
    let real = try SynthFixtures.table(
      csv:
        "v,w\n9223372036854775807,1\n9223372036854775807,2\n-9223372036854775808,3\n4612588814004392333,4\n")
    let model = try SynthesisModel.fit(real)
    let drawn = SynthFixtures.values(model.sample(rows: 200, seed: 1).columns[0])
    #expect(drawn.allSatisfy { if case .int = $0 { true } else { false } })
    #expect(drawn.contains(.int(.max)))
    let report = FidelityReport.compare(
      real: real, synthetic: model.sample(rows: 50, seed: 2), generated: [:], seed: 2)
    #expect(report.text.contains("-9223372036854775808 to 9223372036854775807"))
  }

  @Test func infinitiesAreDrawnAsOftenAsTheyOccurAndNeverAsNaN() throws {
    var csv = "v,w\n"
    for row in 0..<400 {
      let value = row % 8 == 0 ? "inf" : row % 8 == 1 ? "-inf" : String(row)
      csv += "\(value),\(Double(row).squareRoot())\n"
    }
    let drawn = SynthFixtures.numbers(
      try SynthesisModel.fit(try SynthFixtures.table(csv: csv)).sample(rows: 4_000, seed: 3).columns[0])
    #expect(drawn.count == 4_000)
    #expect(!drawn.contains { $0.isNaN })
    #expect(abs(Double(drawn.filter { $0 == .infinity }.count) / 4_000 - 0.125) < 0.02)
    #expect(abs(Double(drawn.filter { $0 == -.infinity }.count) / 4_000 - 0.125) < 0.02)
  }

  @Test func aSequencePastTheIntegerRangeIsRefusedBeforeDrawing() throws {
    let spec =
      #"{"columns": [{"name": "a", "distribution": "sequence", "start": 999999999999999, "step": 999999999999999}]}"#
    let model = try SynthesisSpec.model(json: Data(spec.utf8), source: "spec.json")
    #expect(throws: Never.self) { try model.checkSequences(rows: 9_000) }
    #expect(
      throws: AssayError(
        message:
          "a: a sequence from 999999999999999 by 999999999999999 passes the largest 64-bit integer before row 10000",
        hint: "generate fewer rows (-n), or declare a smaller start or step")
    ) { try model.checkSequences(rows: 10_000) }
  }

  @Test func integerIdentifiersAreGeneratedInTheirShapeAndNamed() throws {
    // A permuted numbering, a sparse identifier named as one, and a sparse distinct measure.
    var csv = "number,customer_id,volume\n"
    for row in 0..<200 {
      let shuffled = (row * 37) % 200
      csv +=
        "\(100_000 + shuffled),\(4_000_000_017 + shuffled * 1_234_567),\(90_000 + shuffled * shuffled * 13)\n"
    }
    let real = try SynthFixtures.table(csv: csv)
    let model = try SynthesisModel.fit(real)
    #expect(model.generatedColumns == ["number": "identifiers", "customer_id": "identifiers"])
    let drawn = model.sample(rows: 400, seed: 4)
    for c in 0..<2 {
      let realValues = Set(SynthFixtures.values(real.columns[c]))
      let values = SynthFixtures.values(drawn.columns[c])
      #expect(drawn.columns[c].type == .int)
      #expect(values.allSatisfy { !realValues.contains($0) && $0.description.count == (c == 0 ? 6 : 10) })
    }
    #expect(model.columns[2].isLearned)
    for name in ["id", "ID", "user_id", "order-no", "customerId", "customerID", "Key"] {
      #expect(ColumnFitting.namesAnIdentifier(name), "\(name)")
    }
    for name in ["paid", "valid", "volume", "monkey", "piano", "IDs"] {
      #expect(!ColumnFitting.namesAnIdentifier(name), "\(name)")
    }
  }

  @Test func aTableWithoutRowsCannotBeLearned() throws {
    let empty = try SynthFixtures.table(csv: "a,b\n", name: "empty.csv")
    #expect(throws: AssayError.self) { try SynthesisModel.fit(empty) }
  }
}
