import AssayAnalysis
import AssayCore
import Foundation
import Testing

@testable import AssaySynth

/// What a model must never give back: names in any script, personal data repeated over many rows,
/// or the rows of a table too small to learn from.
struct PrivateColumnsTests {
  /// Names of 60 people in Japanese, Russian (with digits), Greek, Arabic, accented Latin and Hindi
  /// (with Devanagari digits), one a row, as CSV.
  static let scriptNames: String = {
    let names = [
      "吉田 花子", "山本 太郎", "佐藤 美咲", "Мария Иванова22", "Иван Петров7", "Ольга Смирнова",
      "Νίκος Παπαδόπουλος", "Ελένη Γεωργίου", "محمد علي", "فاطمة حسن", "José Müller", "Zoë Éluard",
      "प्रिया शर्मा ४२", "राहुल गुप्ता",
    ]
    return "name,n\n" + (0..<60).map { "\(names[$0 % names.count])\($0 / names.count),\($0)\n" }.joined()
  }()

  /// Each scalar's class as the tests see it: a letter by its script's range and its general
  /// category, a decimal digit by its script's range, anything else as itself.
  static func shape(_ text: String) -> [String] {
    let scripts: [(String, ClosedRange<UInt32>)] = [
      ("ascii", 0x00...0x7F), ("latin-1", 0x80...0xFF), ("greek", 0x370...0x3FF), ("cyrillic", 0x400...0x4FF),
      ("arabic", 0x600...0x6FF), ("devanagari", 0x900...0x97F), ("cjk", 0x4E00...0x9FFF),
    ]
    return text.unicodeScalars.map { scalar in
      let category = scalar.properties.generalCategory
      guard category == .decimalNumber || scalar.properties.isAlphabetic && category != .nonspacingMark,
        let script = scripts.first(where: { $0.1.contains(scalar.value) })
      else { return String(scalar) }
      return "\(script.0) \(category)"
    }
  }

  @Test func lettersAndDigitsOfEveryScriptAreDrawnAnewInTheirScriptAndCase() throws {
    let real = try SynthFixtures.table(csv: Self.scriptNames)
    let model = try SynthesisModel.fit(real)
    #expect(model.generatedColumns == ["name": "near-unique text", "n": "row numbers"])
    let realNames = Set(SynthFixtures.values(real.columns[0]).map(\.description))
    let realShapes = Set(realNames.map(Self.shape))
    let drawn = SynthFixtures.values(model.sample(rows: 3000, seed: 8).columns[0]).map(\.description)
    #expect(drawn.count == 3000)
    for name in drawn {
      #expect(!realNames.contains(name), "\(name) is a real name")
      #expect(realShapes.contains(Self.shape(name)), "\(name) has no real name's shape")
    }
    let ideographs = Set(drawn.joined().unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) })
    #expect(ideographs.count > 1000)
  }

  /// 2,000 purchases of 398 customers, each customer's e-mail, name and SSN on about five rows.
  static func purchases() throws -> Table {
    var random = SeededRandom(seed: 17)
    let first = ["Anna", "Ben", "Carla", "David", "Emma", "Frank", "Grace", "Henry", "Ines", "Jack"]
    let last = [
      "Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker",
      "Wright", "Green", "Hall", "Wood", "Clarke", "Lewis", "Young", "King", "Scott", "Moore",
      "Baker", "Adams", "Hill", "Allen", "Nelson", "Carter", "Mitchell", "Turner", "Parker", "Collins",
      "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
    ]
    let customers = (0..<398).map { index -> (String, String, String) in
      let name = "\(first[index % 10]) \(last[index / 10])"
      let email = "\(name.lowercased().replacingOccurrences(of: " ", with: "."))\(index)@example.com"
      let ssn = "\(100 + index)-\(10 + Int(random.next() % 89))-\(1000 + Int(random.next() % 8999))"
      return (email, name, ssn)
    }
    var csv = "email,name,ssn,amount,channel\n"
    for row in 0..<2000 {
      let (email, name, ssn) = customers[row % 398]
      let amount = NumberFormatting.decimals(random.nextGaussian(mean: 80, standardDeviation: 25), 2)
      csv += "\(email),\(name),\(ssn),\(amount),\(["web", "shop", "phone"][Int(random.next() % 3)])\n"
    }
    return try SynthFixtures.table(csv: csv, name: "purchases.csv")
  }

  @Test func personalDataRepeatedOverRowsIsGeneratedNeverSampled() throws {
    let real = try Self.purchases()
    let model = try SynthesisModel.fit(real)
    #expect(
      model.generatedColumns == [
        "email": "personal data (email)", "name": "personal data (person-name)", "ssn": "personal data (ssn)",
      ])
    let synthetic = model.sample(rows: 2000, seed: 6)
    for c in 0..<3 {
      let realValues = Set(SynthFixtures.values(real.columns[c]))
      let drawn = SynthFixtures.values(synthetic.columns[c])
      #expect(drawn.count == 2000 && drawn.allSatisfy { !$0.isNull && !realValues.contains($0) })
    }
    let emails = SynthFixtures.values(synthetic.columns[0]).map(\.description)
    #expect(emails.allSatisfy { $0.wholeMatch(of: /[a-z]+\.[a-z]+\d+@[a-z]+\.[a-z]+/) != nil })
    #expect(model.columns[3].isLearned && model.columns[4].isLearned)
    let report = FidelityReport.compare(real: real, synthetic: synthetic, generated: model.generatedColumns)
    #expect(report.text.contains("not learned: personal data (email)"))
    #expect(report.json.contains(#""generated_because": "personal data (ssn)""#))
  }

  @Test func aTableOfFewerThanTenRowsIsRefusedAndTenAreLearnedCountingCopies() throws {
    #expect(
      throws: AssayError(
        message: "one.csv: 1 row to learn from; a model needs 10 or more",
        hint: "a model of fewer rows would give back the rows themselves")
    ) { try SynthesisModel.checkTrainingRows(1, source: "one.csv") }
    #expect(
      throws: AssayError(
        message: "none.csv: no rows to learn from",
        hint: "give a source (or a --where filter) that keeps rows")
    ) { try SynthesisModel.checkTrainingRows(0, source: "none.csv") }
    #expect(throws: AssayError.self) { try SynthesisModel.checkTrainingRows(9, source: "nine.csv") }
    #expect(throws: Never.self) { try SynthesisModel.checkTrainingRows(10, source: "ten.csv") }
    let ten = try SynthFixtures.table(csv: "a\n" + String(repeating: "1\n", count: 10), name: "ten.csv")
    let drawn = try SynthesisModel.fit(ten).sampleCountingCopies(rows: 5, seed: 1)
    #expect(drawn.copies == 5 && drawn.table.rowCount == 5)
  }

  @Test func rowsDrawnInBatchesAreTheRowsDrawnWhole() throws {
    let model = try SynthesisModel.fit(try SynthFixtures.sample("penguins"))
    var batches: [Table] = []
    model.sample(rows: 40_000, seed: 9, batchBlocks: 1) { batches.append($0) }
    #expect(batches.map(\.rowCount) == [16_384, 16_384, 7_232])
    let whole = model.sample(rows: 40_000, seed: 9)
    for (c, column) in whole.columns.enumerated() {
      #expect(batches.flatMap { SynthFixtures.values($0.columns[c]) } == SynthFixtures.values(column))
    }
  }
}
