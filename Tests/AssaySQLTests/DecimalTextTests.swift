import AssayCore
import Testing

@testable import AssaySQL

/// Exact decimals are doubles only where a double holds every digit, else their text.
struct DecimalTextTests {
  @Test func fifteenSignificantDigitsAreADoubleAndMoreAreText() {
    #expect(DecimalText.value("12.50") == .double(12.5))
    #expect(DecimalText.value("-0.000123000") == .double(-0.000123))
    #expect(DecimalText.value("999999999999999") == .double(999_999_999_999_999))
    #expect(DecimalText.value("9007199254740993") == .string("9007199254740993"))
    #expect(DecimalText.value("-99999999999999.9999") == .string("-99999999999999.9999"))
    #expect(DecimalText.value("0.1000000000000001") == .string("0.1000000000000001"))
    #expect(DecimalText.value("100000000000000000000.000") == .double(1e20))
    #expect(DecimalText.value("1.5e300") == .double(1.5e300))
    #expect(DecimalText.value("NaN").description == "NaN")
    #expect(DecimalText.value("-Infinity") == .double(-.infinity))
    #expect(DecimalText.value("abc") == .string("abc"))
  }

  @Test func numbersPastADoublesRangeAreText() {
    #expect(DecimalText.value("1e400") == .string("1e400"))
    #expect(
      DecimalText.value("-1" + String(repeating: "0", count: 400))
        == .string("-1" + String(repeating: "0", count: 400)))
    #expect(DecimalText.value("1e-400") == .string("1e-400"))
    #expect(DecimalText.value("4.9e-324") == .string("4.9e-324"))
    #expect(DecimalText.value("0.000") == .double(0))
    #expect(DecimalText.value("Infinity") == .double(.infinity))
  }

  @Test func anEnginesExactTextReadsAsItsNearestDouble() {
    #expect(Value.string("12345678901234567890.5").engineNumber == 12_345_678_901_234_567_890.5)
    #expect(Value.int(3).engineNumber == 3)
    #expect(Value.null.engineNumber == nil)
  }
}
