import AssayCore
import Testing

@testable import AssayPrivacy

/// The column actions on single values, and the classes k-anonymity is read from.
struct AnonymizationTests {
  @Test func masksKeepTheShape() {
    #expect(ShapeMask.mask("john@example.com") == "j***@e******.com")
    #expect(ShapeMask.mask("jane.doe@mail.example.org") == "j*******@m***.e******.org")
    #expect(ShapeMask.mask("Jane Doe") == "J*** D**")
    #expect(ShapeMask.mask("+1 (555) 010-7788") == "+0 (000) 000-0000")
    #expect(ShapeMask.mask("12 Main St") == "00 M*** S*")
    #expect(ShapeMask.mask("Zoë O'Hara") == "Z** O'H***")
  }

  @Test func masksShowNoPartWhole() {
    #expect(ShapeMask.mask("a@b.com") == "*@*.com")
    #expect(ShapeMask.mask("jo@b.example.com") == "j*@*.e******.com")
    #expect(ShapeMask.mask("x") == "*")
    #expect(ShapeMask.mask("ß") == "*")
    #expect(ShapeMask.mask("J. Doe") == "*. D**")
    #expect(ShapeMask.mask("A-B 7") == "*-* 0")
  }

  @Test func hashesAreKeyedHMACSHA256() throws {
    let key = try #require(AnonymizationKey("k3y"))
    // hmac.new(b"k3y", b"alice@example.com", hashlib.sha256).hexdigest()[:32]
    #expect(KeyedHash.token("alice@example.com", key: key) == "b299497d6ef24967fa74e4207bfeb6d1")
    let other = try #require(AnonymizationKey("k3y2"))
    #expect(
      KeyedHash.token("alice@example.com", key: other) != KeyedHash.token("alice@example.com", key: key))
    #expect("\(key)" == "<secret key>")
    #expect(AnonymizationKey("") == nil)
  }

  @Test func generalizationWritesBinsAndGrains() {
    #expect(Generalization.bin(.int(34), width: 10) == .string("30-39"))
    #expect(Generalization.bin(.int(30), width: 10) == .string("30-39"))
    #expect(Generalization.bin(.double(2.7), width: 2.5) == .string("[2.5, 5)"))
    let day = Value.date(CivilDate(year: 2024, month: 3, day: 15).daysSinceEpoch)
    #expect(Generalization.truncate(day, to: .year) == .string("2024"))
    #expect(Generalization.truncate(day, to: .month) == .string("2024-03"))
    let time = Value.timestamp(
      Timestamp(
        microseconds: Int64(CivilDate(year: 2024, month: 3, day: 15).daysSinceEpoch) * 86_400_000_000
          + 23 * 3_600_000_000, zone: .offset(3600)))
    #expect(Generalization.truncate(time, to: .hour) == .string("2024-03-16 00:00"))
  }

  @Test func hashesAndMasksReadADeclaredScale() throws {
    let key = try #require(AnonymizationKey("k3y"))
    var price = Column(name: "price", type: .double, values: [.double(1.5)])
    price.decimalPlaces = 2
    var request = AnonymizationRequest()
    request.steps = [ColumnStep(column: "price", action: .hash)]
    request.key = key
    let hashed = try Anonymizer.apply(request, to: Table(name: "t", columns: [price])).table.columns[0]
    // hmac.new(b"k3y", b"1.50", hashlib.sha256).hexdigest()[:32]
    #expect(hashed[0] == .string("a959d2ca5638d40a8b210b4a7fb0dfa3"))
    request.steps = [ColumnStep(column: "price", action: .mask)]
    let masked = try Anonymizer.apply(request, to: Table(name: "t", columns: [price])).table.columns[0]
    #expect(masked[0] == .string("0.00"))
  }

  @Test func aWidthTooSmallForAValueIsRefused() {
    let table = Table(
      name: "t.csv",
      columns: [
        Column(name: "f", type: .double, values: [.double(2.5), .double(1e300)]),
        Column(name: "n", type: .int, values: [.int(-5), .int(3)]),
      ])
    let refusals: [(String, Double, String)] = [
      ("f", 0.5, "--generalize f=0.5: the width 0.5 is too small to bin 1e+300 (row 2)"),
      ("n", 1e-300, "--generalize n=1e-300: the width 1e-300 is too small to bin -5 (row 1)"),
      ("f", Double("1e-320")!, "--generalize f=1e-320: the width 1e-320 is too small to bin 2.5 (row 1)"),
    ]
    for (column, width, message) in refusals {
      var request = AnonymizationRequest()
      request.steps = [ColumnStep(column: column, action: .generalizeBins(width))]
      #expect(throws: AssayError(message: message, hint: "choose a larger width")) {
        try Anonymizer.apply(request, to: table)
      }
    }
    #expect(Generalization.bin(.double(1e300), width: 1e290) == .string("[1e+300, 1.0000000001e+300)"))
  }

  @Test func nullKeysShiftByTheirRowUnderTheKey() throws {
    let day = CivilDate(year: 2024, month: 3, day: 15).daysSinceEpoch
    let table = Table(
      name: "visits.csv",
      columns: [
        Column(name: "patient", type: .string, values: [.string("p1"), .null, .string("p1"), .null]),
        Column(name: "visit", type: .date, values: Array(repeating: .date(day), count: 4)),
      ])
    func shifted(seed: UInt64) throws -> [Value] {
      var request = AnonymizationRequest()
      request.steps = [ColumnStep(column: "visit", action: .shiftDates)]
      request.keyColumn = "patient"
      request.key = AnonymizationKey("k")
      request.seed = seed
      let visits = try Anonymizer.apply(request, to: table).table.column(named: "visit")
      return try (0..<4).map { try #require(visits)[$0] }
    }
    let first = try shifted(seed: 1)
    #expect(try shifted(seed: 2) == first)
    #expect(first[0] == first[2])
    // hmac.new(b"k", b"shift-dates-null-row\0" + row, sha256): rows 1 and 3 move -4 and +17 days.
    #expect(first[1] == .date(CivilDate(year: 2024, month: 3, day: 11).daysSinceEpoch))
    #expect(first[3] == .date(CivilDate(year: 2024, month: 4, day: 1).daysSinceEpoch))
  }

  @Test func quasiIdentifiersAreNamedEachOnce() throws {
    #expect(try AnonymizationRequest.quasiColumns("age, zip") == ["age", "zip"])
    for list in ["", "age,,zip", "age,"] {
      #expect(
        throws: AssayError(
          message: "--quasi '\(list)': a column name is empty",
          hint: "name the quasi-identifiers split by commas: --quasi a,b,c")
      ) { try AnonymizationRequest.quasiColumns(list) }
    }
    var request = AnonymizationRequest()
    request.quasi = ["age", "zip", "age"]
    let table = Table(
      name: "t.csv",
      columns: [
        Column(name: "age", type: .int, values: [.int(30)]),
        Column(name: "zip", type: .int, values: [.int(1)]),
      ])
    #expect(
      throws: AssayError(message: "--quasi age,zip,age: age is named twice", hint: "name each column once")
    ) {
      try AnonymizationChecks.validate(request, for: table)
    }
  }

  @Test func suppressingEveryRowWarns() throws {
    let table = Table(
      name: "t.csv", columns: [Column(name: "age", type: .int, values: [.int(30), .int(30), .int(41)])])
    var request = AnonymizationRequest()
    request.quasi = ["age"]
    request.k = 4
    let (result, report) = try Anonymizer.apply(request, to: table)
    #expect(result.rowCount == 0 && result.columns.map(\.name) == ["age"])
    let warning =
      "--k 4 suppressed all 3 rows, and the table written is empty — lower --k, or generalize the --quasi columns further"
    #expect(
      report.text == """
        anonymized t.csv: 3 rows, 1 column → 0 rows, 1 column
        quasi-identifiers age: k-anonymity 1 (2 classes)
        --k 4: suppressed 3 rows in 2 classes smaller than 4; now k-anonymity 0 (0 classes)
        warning: \(warning)

        """)
    #expect(report.json.hasSuffix(",\"warning\":\"\(warning)\"}\n"))
    request.k = 2
    let kept = try Anonymizer.apply(request, to: table).report
    #expect(kept.warning == nil && !kept.json.contains("warning"))
  }

  @Test func aRequestIsCheckedWithoutTheKey() {
    var request = AnonymizationRequest()
    request.steps = [ColumnStep(column: "nosuch", action: .hash)]
    let table = Table(name: "f.csv", columns: [Column(name: "email", type: .string, values: [.string("a")])])
    #expect(
      throws: AssayError(message: "--hash nosuch: f.csv has no such column", hint: "its columns: email")
    ) {
      try AnonymizationChecks.validate(request, for: table)
    }
    request.steps = [ColumnStep(column: "email", action: .hash)]
    #expect(throws: Never.self) { try AnonymizationChecks.validate(request, for: table) }
  }

  @Test func topCodingCapsAtTheLinearQuantile() throws {
    let column = Column(name: "x", type: .int, values: (1...100).map { .int(Int64($0)) })
    // numpy.quantile(range(1, 101), 0.95) == 95.05, floored for integers.
    #expect(TopCoding.ceiling(column, quantile: 0.95) == 95)
    #expect(TopCoding.capped(.int(99), at: 95) == .int(95))
    #expect(TopCoding.capped(.int(12), at: 95) == .int(12))
  }

  @Test func classesGiveKAndL() {
    let table = Table(
      name: "t",
      columns: [
        Column(
          name: "zip", type: .string,
          values: ["1", "1", "1", "2", "2", nil].map { $0.map(Value.string) ?? .null }),
        Column(
          name: "illness", type: .string,
          values: ["a", "b", "a", "c", nil, "d"].map { $0.map(Value.string) ?? .null }),
      ])
    let classes = EquivalenceClasses(table, quasi: [table.columns[0]], sensitive: table.columns[1])
    #expect(classes.count == 3)
    #expect(classes.k == 1)
    #expect(classes.l == 1)
    #expect(classes.rows(inClassesOfAtLeast: 2) == [0, 1, 2, 3, 4])
    #expect(classes.classes(smallerThan: 3) == 2)
  }
}
