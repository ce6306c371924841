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
