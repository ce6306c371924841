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

  @Test func aDateOfBirthWrittenAsTextIsProposedDroppedAndAutoApplies() throws {
    let table = Table(
      name: "dobtxt.csv",
      columns: [
        texts("name", ["Ann Lee", "Bob Ray", "Cid Moe", "Dee Fox"]),
        texts("dob", ["1980-02-03", "1975-11-30", "unknown", "1990-01-01"]),
      ])
    let proposal = AnonymizationProposal(PiiDetector.findings(in: table))
    #expect(
      proposal.text(source: "dobtxt.csv") == """
        personal data in dobtxt.csv, and the action proposed for each column:
          name  person-name    100%  --mask name
          dob   date-of-birth  75%   --drop dob
        apply it with --auto (and -o OUT); options given with it override it column by column

        """)
    var request = AnonymizationRequest()
    request.steps = proposal.steps
    let result = try Anonymizer.apply(request, to: table).table
    #expect(result.columns.map(\.name) == ["name"])
    let days = [CivilDate(year: 1980, month: 2, day: 3)].map { Value.date($0.daysSinceEpoch) }
    let dated = PiiDetector.finding(for: Column(name: "dob", type: .date, values: days))
    #expect(dated.proposedAction == .generalizeTime(.year))
  }

  @Test func coordinatesAndISBNsAreNotPhones() {
    let coordinates = PiiDetector.finding(for: texts("loc", ["-40.1567 19.2467", "40.1567 -19.2467"]))
    #expect(coordinates.kind == nil && coordinates.matches == 0)
    let isbns = PiiDetector.finding(for: texts("isbn", ["978-8-01-218850-3", "978-0-306-40615-7"]))
    #expect(isbns.kind == nil && isbns.matches == 0)
  }

  @Test func amountsGroupedInThousandsAndISBN10sAreNotPhones() {
    let amounts = PiiDetector.finding(for: texts("amount", ["12 345 678", "1 234 567", "987 654 321"]))
    #expect(amounts.kind == nil && amounts.matches == 0)
    let dotted = PiiDetector.finding(for: texts("amount", ["12.345.678", "1.234.567"]))
    #expect(dotted.kind == nil && dotted.matches == 0)
    let isbns = PiiDetector.finding(for: texts("isbn", ["0-123-45678-9", "0-306-40615-2", "1-56619-909-3"]))
    #expect(isbns.kind == nil && isbns.matches == 0)
    #expect(CellPatterns.isPhone(Array("0-123-45678-0".utf8)), "the ISBN-10's shape, but not its check digit")
  }

  @Test func phonesOfManyCountriesAreStillPhones() {
    let phones = [
      "555-010-7788", "(555) 010-7788", "555.010.7788", "+1-555-010-7788", "001-555-010-7788x123",
      "+44 20 7946 0958", "020 7946 0958", "01 23 45 67 89", "030 123 456", "06 1234 5678", "+31 6 1234 5678",
    ]
    let finding = PiiDetector.finding(for: texts("contact", phones))
    #expect(finding.kind == .phone && finding.matches == phones.count, "\(finding)")
  }

  @Test func ibansAreFoundInEitherCase() {
    let ibans = ["gb82west12345698765432", "gb82 west 1234 5698 7654 32", "Gb82West12345698765432"]
    let finding = PiiDetector.finding(for: texts("account", ibans))
    #expect(finding.kind == .iban && finding.matches == 3, "\(finding)")
    let wrong = PiiDetector.finding(for: texts("account", ["gb83west12345698765432"]))
    #expect(wrong.kind == nil && wrong.matches == 0)
  }

  @Test func integersAreCheckedForCardsAndBSNs() {
    let cards = Column(
      name: "pan", type: .int, values: [.int(4_111_111_111_111_111), .int(378_282_246_310_005)])
    #expect(PiiDetector.finding(for: cards).kind == .card)
    let ids = Column(name: "id", type: .int, values: (1...100).map { .int(Int64($0)) })
    #expect(PiiDetector.finding(for: ids).kind == nil)
  }
}
