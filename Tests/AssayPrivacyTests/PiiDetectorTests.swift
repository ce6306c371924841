import AssayCore
import Testing

@testable import AssayPrivacy

/// A column's kind is the kind most of its cells match, and the kinds told by name need the name.
struct PiiDetectorTests {
  /// A text column.
  private func texts(_ name: String, _ values: [String?]) -> Column {
    Column(name: name, type: .string, values: values.map { $0.map(Value.string) ?? .null })
  }

  @Test func aColumnTakesTheKindMostCellsMatch() {
    let finding = PiiDetector.finding(
      for: texts("contact", ["a@b.org", "c@d.com", "not an address", nil, "e@f.net"]))
    #expect(finding.kind == .email)
    #expect(finding.matches == 3)
    #expect(finding.cells == 4)
    let few = PiiDetector.finding(for: texts("note", ["a@b.org", "hello", "world"]))
    #expect(few.kind == nil)
    #expect(few.matches == 1)
  }

  @Test func anSSNColumnIsNotCalledPhones() {
    #expect(PiiDetector.finding(for: texts("id", ["123-45-6789", "234-56-7890"])).kind == .ssn)
  }

  @Test func namesAndBirthDatesNeedTheirColumnNames() {
    #expect(PiiDetector.finding(for: texts("Last Name", ["O'Hara", "Bond"])).kind == .personName)
    #expect(PiiDetector.finding(for: texts("species", ["Adelie", "Gentoo"])).kind == nil)
    #expect(PiiDetector.finding(for: texts("file name", ["Adelie", "Gentoo"])).kind == nil)
    let days = [CivilDate(year: 1980, month: 5, day: 1), CivilDate(year: 1850, month: 1, day: 1)]
    let born = Column(name: "DateOfBirth", type: .date, values: days.map { .date($0.daysSinceEpoch) })
    let finding = PiiDetector.finding(for: born)
    #expect(finding.kind == .birthDate && finding.matches == 1)
    let visit = Column(name: "visit", type: .date, values: days.map { .date($0.daysSinceEpoch) })
    #expect(PiiDetector.finding(for: visit).kind == nil)
  }

  @Test func integersAreCheckedForCardsAndBSNs() {
    let cards = Column(
      name: "pan", type: .int, values: [.int(4_111_111_111_111_111), .int(378_282_246_310_005)])
    #expect(PiiDetector.finding(for: cards).kind == .card)
    let ids = Column(name: "id", type: .int, values: (1...100).map { .int(Int64($0)) })
    #expect(PiiDetector.finding(for: ids).kind == nil)
  }
}
