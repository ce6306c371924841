import Foundation

/// Whole-cell matchers for the kinds of personal data that have a written form: each takes a
/// cell's UTF-8 bytes (surrounding spaces already trimmed) and says whether the whole cell is one.
enum CellPatterns {
  /// An e-mail address: a local part of letters, digits and `.!#$%&'*+/=?^_`{|}~-`, one `@`, and a
  /// domain of two or more dot-separated labels (letters, digits, `-`) whose last is letters only.
  static func isEmail(_ bytes: [UInt8]) -> Bool {
    guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0, at < bytes.count - 1 else { return false }
    let localSymbols = Set("!#$%&'*+/=?^_`{|}~.-".utf8)
    guard bytes[..<at].allSatisfy({ isAlphanumeric($0) || localSymbols.contains($0) }) else { return false }
    let labels = bytes[(at + 1)...].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy(isLetter) else {
      return false
    }
    return labels.allSatisfy { label in
      !label.isEmpty && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }
  }

  /// A telephone number: 7 to 15 digits in groups separated by spaces, `-`, `.` or parentheses,
  /// with an optional leading `+` and a trailing extension (`x123`, `ext. 123`). Without a `+` or
  /// parentheses it needs three groups or more, and a date's shape (2024-03-01, 01.03.2024), a
  /// dotted IPv4 address, a number grouped in thousands (`12 345 678`, `1.234.567`) or an ISBN-10
  /// (`0-123-45678-9`) is not one. Nor is a value that starts with `-` (a negative number), that
  /// mixes `.` with other separators (decimals side by side: `40.1567 19.2467`), or an ISBN-13
  /// (`978-8-01-218850-3`).
  static func isPhone(_ bytes: [UInt8]) -> Bool {
    guard bytes.first != UInt8(ascii: "-") else { return false }
    var main = bytes[...]
    if let x = bytes.firstIndex(where: { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "e") }) {
      let number = bytes[x...].drop { !isDigit($0) }
      let word = String(
        decoding: bytes[x..<number.startIndex].filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
      guard ["x", "ext", "ext."].contains(word), !number.isEmpty, number.allSatisfy(isDigit) else {
        return false
      }
      main = bytes[..<x]
      while main.last == UInt8(ascii: " ") { main = main.dropLast() }
    }
    let plus = main.first == UInt8(ascii: "+")
    if plus { main = main.dropFirst() }
    let separators = Set(" -.()".utf8)
    guard !main.isEmpty, main.allSatisfy({ isDigit($0) || separators.contains($0) }) else { return false }
    let dot = UInt8(ascii: ".")
    guard !main.contains(dot) || main.allSatisfy({ isDigit($0) || $0 == dot }) else { return false }
    let groups = main.split(whereSeparator: { !isDigit($0) }).map(\.count)
    let digits = groups.reduce(0, +)
    guard (7...15).contains(digits), plus || !isISBN13(main.filter(isDigit)) else { return false }
    if plus || main.contains(UInt8(ascii: "(")) { return true }
    let dateShapes: [[Int]] = [[4, 2, 2], [2, 2, 4]]
    return groups.count >= 3 && !dateShapes.contains(groups) && !isIPv4(bytes)
      && !isGroupedInThousands(main, groups: groups) && !isISBN10(main.filter(isDigit), groups: groups)
  }

  /// A whole number grouped in thousands: a first group of 1 to 3 digits not starting with 0,
  /// then groups of 3 (`12 345 678`, `1.234.567`), as amounts are written and phone numbers,
  /// which start with 0 or group their digits otherwise, seldom are.
  private static func isGroupedInThousands(_ main: ArraySlice<UInt8>, groups: [Int]) -> Bool {
    guard let first = groups.first, (1...3).contains(first), main.first != UInt8(ascii: "0") else {
      return false
    }
    return groups.dropFirst().allSatisfy { $0 == 3 }
  }

  /// An ISBN-10 written in groups: 10 digits, the last group the check digit alone, that pass the
  /// ISBN-10 check (`0-123-45678-9`).
  private static func isISBN10(_ digits: [UInt8], groups: [Int]) -> Bool {
    digits.count == 10 && groups.last == 1 && Checksums.isbn10(digits.map { $0 - 48 })
  }

  /// An ISBN-13: 13 digits starting 978 or 979 whose check digit holds.
  private static func isISBN13(_ digits: [UInt8]) -> Bool {
    let prefix = String(decoding: digits.prefix(3), as: UTF8.self)
    return digits.count == 13 && ["978", "979"].contains(prefix) && Checksums.isbn13(digits.map { $0 - 48 })
  }

  /// A payment card number: 12 to 19 digits, alone or in groups split by single spaces or `-`,
  /// that pass the Luhn check.
  static func isCard(_ bytes: [UInt8]) -> Bool {
    guard let digits = groupedDigits(bytes, separators: [UInt8(ascii: " "), UInt8(ascii: "-")]),
      (12...19).contains(digits.count)
    else { return false }
    return Checksums.luhn(digits)
  }

  /// An IBAN: a country's two letters, two check digits and 11 to 30 letters or digits (spaces
  /// between groups allowed), whose mod-97 check holds; in either case (`gb82 west …` too), as
  /// the check reads letters alike in both.
  static func isIBAN(_ bytes: [UInt8]) -> Bool {
    guard (15...42).contains(bytes.count), isLetter(bytes[0]) else { return false }
    let compact = bytes.filter { $0 != UInt8(ascii: " ") }.map(upperCased)
    guard (15...34).contains(compact.count), compact[0...1].allSatisfy(isUpper),
      compact[2...3].allSatisfy(isDigit)
    else { return false }
    return Checksums.ibanMod97(compact)
  }

  /// A dotted IPv4 address (four numbers 0–255), as `inet_pton` reads it.
  static func isIPv4(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 7, bytes.count <= 15, bytes.filter({ $0 == UInt8(ascii: ".") }).count == 3,
      bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") })
    else { return false }
    var address = in_addr()
    return String(decoding: bytes, as: UTF8.self).withCString { inet_pton(AF_INET, $0, &address) } == 1
  }

  /// An IPv6 address in any of its written forms, as `inet_pton` reads it.
  static func isIPv6(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 2, bytes.count <= 45, bytes.contains(UInt8(ascii: ":")) else { return false }
    var address = in6_addr()
    return String(decoding: bytes, as: UTF8.self).withCString { inet_pton(AF_INET6, $0, &address) } == 1
  }

  /// A US Social Security number written `AAA-GG-SSSS` (or with spaces) under the format's rules:
  /// the area is not 000, 666 or 900–999, the group not 00 and the serial not 0000.
  static func isSSN(_ bytes: [UInt8]) -> Bool {
    guard bytes.count == 11, bytes[3] == bytes[6],
      bytes[3] == UInt8(ascii: "-") || bytes[3] == UInt8(ascii: " ")
    else { return false }
    let parts = [bytes[0..<3], bytes[4..<6], bytes[7..<11]]
    guard parts.allSatisfy({ $0.allSatisfy(isDigit) }) else { return false }
    let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1) - 48 } }
    return numbers[0] != 0 && numbers[0] != 666 && numbers[0] < 900 && numbers[1] != 0 && numbers[2] != 0
  }

  /// A UK National Insurance number: two prefix letters (neither D, F, I, Q, U nor V, the second
  /// not O, and not BG, GB, KN, NK, NT, TN or ZZ), six digits and a suffix A–D; spaces allowed.
  static func isNINO(_ bytes: [UInt8]) -> Bool {
    guard (9...13).contains(bytes.count), isUpper(bytes[0]) else { return false }
    let compact = bytes.filter { $0 != UInt8(ascii: " ") }
    guard compact.count == 9, compact[0...1].allSatisfy(isUpper), compact[2...7].allSatisfy(isDigit),
      (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(compact[8])
    else { return false }
    let never = Set("DFIQUV".utf8)
    let prefix = String(decoding: compact[0...1], as: UTF8.self)
    return !never.contains(compact[0]) && !never.contains(compact[1]) && compact[1] != UInt8(ascii: "O")
      && !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(prefix)
  }

  /// A Dutch citizen service number (BSN): nine digits (eight with the leading zero dropped) that
  /// pass the 11-check.
  static func isBSN(_ bytes: [UInt8]) -> Bool {
    guard (8...9).contains(bytes.count), bytes.allSatisfy(isDigit) else { return false }
    return Checksums.bsnElevenCheck((bytes.count == 8 ? [0] : []) + bytes.map { $0 - 48 })
  }

  /// A French social security number (NIR): a sex digit (1, 2, 7 or 8), year, month, département
  /// (2A/2B for Corsica), commune, order number and the two-digit key, spaces allowed.
  static func isNIR(_ bytes: [UInt8]) -> Bool {
    guard (15...21).contains(bytes.count), isDigit(bytes[0]) else { return false }
    let compact = bytes.filter { $0 != UInt8(ascii: " ") }
    guard compact.count == 15, Set("1278".utf8).contains(compact[0]) else { return false }
    return Checksums.nirKey(compact)
  }

  /// The digits of a run of digit groups split by single separators (each group 1 digit or more),
  /// as values 0–9; nil when anything else occurs.
  private static func groupedDigits(_ bytes: [UInt8], separators: Set<UInt8>) -> [UInt8]? {
    var digits: [UInt8] = []
    var previousWasSeparator = true
    for byte in bytes {
      if isDigit(byte) {
        digits.append(byte - 48)
        previousWasSeparator = false
      } else if separators.contains(byte), !previousWasSeparator {
        previousWasSeparator = true
      } else {
        return nil
      }
    }
    return previousWasSeparator ? nil : digits
  }

  /// An ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
  /// An ASCII upper-case letter.
  static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
  /// An ASCII lower-case letter as upper case; any other byte as it is.
  static func upperCased(_ byte: UInt8) -> UInt8 { byte >= 97 && byte <= 122 ? byte - 32 : byte }
  /// An ASCII letter.
  static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || (byte >= 97 && byte <= 122) }
  /// An ASCII letter or digit.
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}
