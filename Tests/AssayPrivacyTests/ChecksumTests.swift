import Testing

@testable import AssayPrivacy

/// The identifiers' check digits and written forms: a valid number passes, one changed digit fails.
struct ChecksumTests {
  /// The UTF-8 bytes of a text.
  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func cardsPassLuhnAndAChangedDigitFails() {
    #expect(CellPatterns.isCard(bytes("4111111111111111")))
    #expect(CellPatterns.isCard(bytes("4111 1111 1111 1111")))
    #expect(CellPatterns.isCard(bytes("378282246310005")))
    #expect(!CellPatterns.isCard(bytes("4111111111111112")))
    #expect(!CellPatterns.isCard(bytes("4111  1111 1111 1111")))
    #expect(!CellPatterns.isCard(bytes("79927398713")))  // Luhn-valid, but 11 digits
  }

  @Test func ibansPassMod97() {
    #expect(CellPatterns.isIBAN(bytes("GB82WEST12345698765432")))
    #expect(CellPatterns.isIBAN(bytes("GB82 WEST 1234 5698 7654 32")))
    #expect(CellPatterns.isIBAN(bytes("NL91ABNA0417164300")))
    #expect(!CellPatterns.isIBAN(bytes("GB82WEST12345698765433")))
    #expect(CellPatterns.isIBAN(bytes("gb82west12345698765432")))  // the check reads letters in either case
  }

  @Test func nationalIdentifiersFollowTheirRules() {
    #expect(CellPatterns.isBSN(bytes("111222333")))
    #expect(!CellPatterns.isBSN(bytes("111222334")))
    #expect(!CellPatterns.isBSN(bytes("000000000")))
    // The keys are 97 − (number mod 97): 91 for 1850578006084, 90 for 2690519006084 (2A as 19).
    #expect(CellPatterns.isNIR(bytes("1 85 05 78 006 084 91")))
    #expect(CellPatterns.isNIR(bytes("269052A00608490")))
    #expect(!CellPatterns.isNIR(bytes("1 85 05 78 006 084 92")))
    #expect(CellPatterns.isSSN(bytes("123-45-6789")))
    #expect(!CellPatterns.isSSN(bytes("666-45-6789")))
    #expect(!CellPatterns.isSSN(bytes("923-45-6789")))
    #expect(!CellPatterns.isSSN(bytes("123-00-6789")))
    #expect(!CellPatterns.isSSN(bytes("123-45-0000")))
    #expect(CellPatterns.isNINO(bytes("AB 12 34 56 C")))
    #expect(!CellPatterns.isNINO(bytes("GB123456C")))
    #expect(!CellPatterns.isNINO(bytes("AO123456C")))
    #expect(!CellPatterns.isNINO(bytes("AB123456E")))
  }

  @Test func isbn13sPassTheirCheckDigit() {
    #expect(Checksums.isbn13([9, 7, 8, 8, 0, 1, 2, 1, 8, 8, 5, 0, 3]))
    #expect(!Checksums.isbn13([9, 7, 8, 8, 0, 1, 2, 1, 8, 8, 5, 0, 4]))
    #expect(!Checksums.isbn13([9, 7, 8, 8, 0, 1, 2, 1, 8, 8, 5, 0]))
  }

  @Test func writtenKindsAcceptTheirFormsOnly() {
    #expect(CellPatterns.isEmail(bytes("jane.doe+news@mail.example.co.uk")))
    #expect(!CellPatterns.isEmail(bytes("jane@localhost")))
    #expect(!CellPatterns.isEmail(bytes("@example.com")))
    for phone in [
      "(591)341-7776", "606-681-2415x8683", "+1-464-787-0596x40235", "887.238.0695", "+44 20 7946 0958",
      "+1 (555) 123-4567", "555.123.4567", "+49 30-1234567", "978-8-01-218850-4",
    ] {
      #expect(CellPatterns.isPhone(bytes(phone)), "\(phone)")
    }
    for notPhone in [
      "2024-03-01", "01.03.2024", "192.168.10.1", "3.14159265", "12:30:00", "7389836859", "-40.1567 19.2467",
      "40.1567 19.2467", "555.123-4567", "-555-123-4567", "978-8-01-218850-3", "979 10 90636 07 1",
    ] {
      #expect(!CellPatterns.isPhone(bytes(notPhone)), "\(notPhone)")
    }
    #expect(CellPatterns.isIPv4(bytes("192.168.0.1")))
    #expect(!CellPatterns.isIPv4(bytes("192.168.0.256")))
    #expect(CellPatterns.isIPv6(bytes("2001:db8::1")))
    #expect(CellPatterns.isIPv6(bytes("fb69:5ffb:3a18:90c7:8092:b4d5:2b28:fef0")))
    #expect(!CellPatterns.isIPv6(bytes("12:30:00")))
  }
}
