import AssayAnalysis
import AssayCore
import Foundation
import Testing

@testable import AssaySynth

/// Categories whose values relate to the other columns in no one order get a copula dimension per
/// value: a species keeps its islands and its own weights; one whose codes' order carries its
/// relations keeps one dimension.
struct SpreadCategoryTests {
  /// Each synthetic row's category values, by column name.
  static func strings(_ table: Table, _ name: String) -> [String?] {
    guard let column = table.columns.first(where: { $0.name == name }) else { return [] }
    return (0..<column.count).map { if case .string(let text) = column[$0] { text } else { nil } }
  }

  /// The mean of a number column over the rows whose category column holds each value.
  static func means(_ table: Table, of number: String, by category: String) -> [String: Double] {
    let groups = strings(table, category)
    guard let column = table.columns.first(where: { $0.name == number }) else { return [:] }
    var sums: [String: (Double, Double)] = [:]
    for row in 0..<column.count {
      guard let group = groups[row], let value = column[row].doubleValue else { continue }
      let (sum, count) = sums[group] ?? (0, 0)
      sums[group] = (sum + value, count + 1)
    }
    return sums.mapValues { $0.0 / $0.1 }
  }

  @Test func aSpeciesIsNeverDrawnOnAnIslandWhereItIsNeverSeen() throws {
    // Through one dimension of frequency-ordered codes, 31% of the rows put a species on an island
    // the real rows never hold it on (Gentoo on Dream, Chinstrap on Biscoe); through the values'
    // own dimensions alone, 3%. Drawn within the species' values, none.
    let real = try SynthFixtures.sample("penguins")
    let seen = Set(
      zip(Self.strings(real, "species"), Self.strings(real, "island")).map { "\($0 ?? "") \($1 ?? "")" })
    let model = try SynthesisModel.fit(real)
    guard case .categories(let island) = model.columns[1].marginal else {
      Issue.record("island is not learned as categories")
      return
    }
    #expect(island.condition?.parent == 0)
    for seed in [UInt64(1), 2] {
      let synthetic = model.sample(rows: 20_000, seed: seed)
      let pairs = zip(Self.strings(synthetic, "species"), Self.strings(synthetic, "island")).map {
        "\($0 ?? "") \($1 ?? "")"
      }
      #expect(pairs.filter { !seen.contains($0) }.isEmpty, "seed \(seed)")
    }
  }

  @Test func eachSpeciesKeepsItsOwnWeightAndBill() throws {
    // Coded Adelie, Gentoo, Chinstrap by frequency, the heavy Gentoo sits between two light species
    // and one dimension drew Chinstrap heavier than Gentoo.
    let real = try SynthFixtures.sample("penguins")
    let model = try SynthesisModel.fit(real)
    guard case .categories(let species) = model.columns[0].marginal else {
      Issue.record("species is not learned as categories")
      return
    }
    #expect(species.isSpread)
    let synthetic = model.sample(rows: 20_000, seed: 2)
    for number in ["body_mass_g", "bill_length_mm", "flipper_length_mm"] {
      let realMeans = Self.means(real, of: number, by: "species")
      let drawn = Self.means(synthetic, of: number, by: "species")
      for (value, mean) in realMeans {
        let spread = abs((drawn[value] ?? 0) - mean) / mean
        #expect(spread < 0.05, "\(number) of \(value): \(drawn[value] ?? 0) against \(mean)")
      }
      let realOrder = realMeans.keys.sorted { realMeans[$0]! < realMeans[$1]! }
      #expect(drawn.keys.sorted { drawn[$0]! < drawn[$1]! } == realOrder, "\(number)")
    }
  }

  @Test func aCategoryWhoseOrderCarriesItsRelationsKeepsOneDimension() throws {
    // Iris's species, coded setosa, versicolor, virginica, grow along every petal measure.
    let model = try SynthesisModel.fit(try SynthFixtures.sample("iris"))
    guard case .categories(let species) = model.columns[4].marginal else {
      Issue.record("species is not learned as categories")
      return
    }
    #expect(!species.isSpread)
    #expect(model.correlation.size == 5)
  }

  @Test func categoriesNeverFilledOnTheSameRowAreNotPaired() throws {
    // No row holds both a and b, so no pair of their values is missing from rows where both have
    // one; unrelated to the number, each keeps one dimension.
    var csv = "a,b,n\n"
    for row in 0..<300 {
      csv += row % 2 == 0 ? "x\(row % 3),,\(row % 7)\n" : ",y\(row % 5),\(row % 11)\n"
    }
    let model = try SynthesisModel.fit(try SynthFixtures.table(csv: csv))
    #expect(model.correlation.size == 3)
  }

  @Test func spreadingStopsAtTheMostDimensions() throws {
    // Eight categories of 30 values, each tied to the number in no one order: spread, they would
    // take 241 dimensions; the first five spread (151), the rest keep one each.
    var csv = (0..<8).map { "c\($0)" }.joined(separator: ",") + ",n\n"
    for row in 0..<3000 {
      let value = row % 30
      csv += (0..<8).map { "v\((value + $0) % 30)" }.joined(separator: ",") + ",\((value * 7) % 30)\n"
    }
    let model = try SynthesisModel.fit(try SynthFixtures.table(csv: csv))
    let spread = model.columns.map { if case .categories(let c) = $0.marginal { c.isSpread } else { false } }
    #expect(spread == [true, true, true, true, true, false, false, false, false])
    #expect(model.correlation.size == 5 * 30 + 3 + 1)
  }

  @Test func aBlockGivesEachValueItsShareOfRowsToARow() {
    // Shares of a half, a third and a sixth over 600 open rows of 601 (one null).
    let marginal = CategoryMarginal(values: [.string("a"), .string("b"), .string("c")], weights: [3, 2, 1])
    var random = SeededRandom(seed: 7)
    let probabilities = (0..<(601 * 3)).map { _ in random.interiorUnit() }
    var nulls = [Bool](repeating: false, count: 601)
    nulls[600] = true
    let codes = SpreadCategoryDraw.codes(
      probabilities: probabilities, rows: 601, columns: 3, first: 0, marginal: marginal, nulls: nulls,
      random: &random)
    #expect(codes[600] == -1)
    #expect([0, 1, 2].map { value in codes.filter { $0 == value }.count } == [300, 200, 100])
  }

  @Test func rowsLeaningMostToAValueTakeIt() {
    // Each row leans clearly to one value; the shares match the leanings, so every row gets its own.
    let marginal = CategoryMarginal(values: [.string("a"), .string("b"), .string("c")], weights: [1, 1, 1])
    var leanings: [Double] = []
    for row in 0..<30 {
      for value in 0..<3 { leanings.append(value == row % 3 ? 0.9 : 0.1 + Double(row) / 100) }
    }
    var random = SeededRandom(seed: 1)
    let codes = SpreadCategoryDraw.codes(
      probabilities: leanings, rows: 30, columns: 3, first: 0, marginal: marginal, nulls: [], random: &random)
    #expect(codes == (0..<30).map { Int32($0 % 3) })
  }
}
