import AssayCore
import Testing

@testable import AssayMariaDB

/// The text MariaDB writes for each kind of column reads as Assay's value of that kind.
struct MariaDBValueTextTests {
  func value(_ text: String, _ kind: MariaDBFieldKind) -> Value {
    Array(text.utf8).withUnsafeBytes { MariaDBValueText.value($0, kind: kind) }
  }

  func value(bytes: [UInt8], _ kind: MariaDBFieldKind) -> Value {
    bytes.withUnsafeBytes { MariaDBValueText.value($0, kind: kind) }
  }

  @Test func numbersBooleansAndBits() {
    #expect(value("-9223372036854775808", .integer) == .int(.min))
    #expect(value("9223372036854775807", .unsignedInteger) == .int(.max))
    #expect(value("18446744073709551615", .unsignedInteger) == .string("18446744073709551615"))
    #expect(value("12345.6789", .double) == .double(12345.6789))
    #expect(value("12345.6789000000", .decimal) == .double(12345.6789))
    #expect(value("-0.000000000000001", .decimal) == .double(-1e-15))
    #expect(value("1234567890123456.7", .decimal) == .string("1234567890123456.7"))
    #expect(value("1", .boolean) == .bool(true))
    #expect(value("0", .boolean) == .bool(false))
    #expect(value("7", .boolean) == .int(7))
    #expect(value(bytes: [1], .boolean) == .bool(true))
    #expect(value(bytes: [0], .boolean) == .bool(false))
    #expect(value(bytes: [0x01, 0x02], .bits) == .int(258))
  }

  @Test func datesTimesAndDurations() {
    #expect(value("2024-02-29", .date) == .date(CivilDate(year: 2024, month: 2, day: 29).daysSinceEpoch))
    #expect(value("0000-00-00", .date) == .null)
    #expect(value("0000-00-00 00:00:00", .dateTime) == .null)
    let instant = value("2024-03-01 08:00:00.250000", .timestamp)
    guard case .timestamp(let stamp) = instant else {
      Issue.record("\(instant)")
      return
    }
    #expect(stamp.zone == .utc && stamp.description == "2024-03-01 08:00:00.25Z")
    #expect(value("2024-03-01 08:00:00.5", .dateTime).description == "2024-03-01 08:00:00.5")
    #expect(value("-01:30:00.000000", .time) == .duration(-5_400_000_000))
    #expect(value("838:59:59.5", .time) == .duration((838 * 3600 + 59 * 60 + 59) * 1_000_000 + 500_000))
    // Found by FuzzServerValues: minutes whose microseconds overflow are text, not a trap.
    #expect(value("7838:59111111202411111:57000777", .time) == .string("7838:59111111202411111:57000777"))
    #expect(value("1:-5:00", .time) == .string("1:-5:00"))
  }

  @Test func textAndBinary() {
    #expect(value("héllo", .text) == .string("héllo"))
    #expect(value(bytes: [0xDE, 0xAD, 0xBE, 0xEF], .binary) == .string("\\xdeadbeef"))
    #expect(value(bytes: [], .binary) == .string("\\x"))
  }
}
