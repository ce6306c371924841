import AssayCore
import Foundation

/// The kinds of personal data told by a column's name: a date of birth (`dob`, `birth_date`,
/// `DateOfBirth`, `geboortedatum`, `date_naissance`) and a person's name (`name`, `first_name`,
/// `Last Name`, `surname`), each confirmed by its cells' shape.
enum NameRules {
  /// The words of a column name, lower-cased: split at anything not a letter or digit and where
  /// a lower-case letter meets an upper-case one (`DateOfBirth` → date, of, birth).
  static func words(_ name: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousLower = false
    for character in name {
      guard character.isLetter || character.isNumber else {
        if !current.isEmpty { words.append(current) }
        current = ""
        previousLower = false
        continue
      }
      if character.isUppercase && previousLower {
        words.append(current)
        current = ""
      }
      current += character.lowercased()
      previousLower = character.isLowercase
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// True when a column's name says it holds dates of birth.
  static func isBirthDateColumn(_ name: String) -> Bool {
    let words = words(name)
    let joined = words.joined()
    return words.contains("dob") || words.contains("born") || joined.contains("birth")
      || ["naissance", "geboorte", "nacimiento", "geburt"].contains { joined.contains($0) }
  }

  /// Words that make a column of names something other than people's: a file's, a product's.
  private static let notPeople: Set<String> = [
    "file", "user", "host", "product", "company", "brand", "species", "city", "country", "street", "column",
    "table", "field", "domain", "item", "app", "device", "server", "team", "project", "category", "type",
    "model", "path", "place", "region", "state", "store", "shop", "business", "org", "organisation",
    "organization", "dataset", "sheet", "event", "key", "variable", "class", "label", "tag", "group",
    "scientific", "common", "town", "site", "account", "database", "schema", "package",
  ]

  /// True when a column's name says it holds people's names.
  static func isPersonNameColumn(_ name: String) -> Bool {
    let words = words(name)
    let nameWords: Set<String> = [
      "name", "surname", "firstname", "lastname", "fullname", "forename", "givenname", "familyname", "fname",
      "lname", "middlename", "maidenname",
    ]
    return words.contains(where: nameWords.contains) && !words.contains(where: notPeople.contains)
  }

  /// A text shaped like a person's name: one to six words of letters (with `'`, `-`, `.` and `,`
  /// between), at most 80 bytes, no digits.
  static func isPersonNameText(_ bytes: [UInt8]) -> Bool {
    guard !bytes.isEmpty, bytes.count <= 80 else { return false }
    let text = String(decoding: bytes, as: UTF8.self)
    let words = text.split(separator: " ")
    guard (1...6).contains(words.count) else { return false }
    return text.unicodeScalars.contains { $0.properties.isAlphabetic }
      && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || " '’-.,".unicodeScalars.contains($0) }
  }

  /// The earliest date of birth counted plausible: 1900-01-01.
  static let earliestBirth = CivilDate(year: 1900, month: 1, day: 1).daysSinceEpoch

  /// True when a day number (since 1970-01-01) could be a living person's date of birth: from
  /// 1900-01-01 to today.
  static func isPlausibleBirth(day: Int32) -> Bool { day >= earliestBirth && day <= today }

  /// Today's day number (UTC).
  private static let today = Int32((Date().timeIntervalSince1970 / 86_400).rounded(.down))

  /// A text that starts with an ISO date (`YYYY-MM-DD`) plausible as a date of birth.
  static func isBirthDateText(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return false
    }
    let parts = [bytes[0..<4], bytes[5..<7], bytes[8..<10]]
    guard parts.allSatisfy({ $0.allSatisfy(CellPatterns.isDigit) }) else { return false }
    let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1) - 48 } }
    let date = CivilDate(year: numbers[0], month: numbers[1], day: numbers[2])
    return date.isValid && isPlausibleBirth(day: date.daysSinceEpoch)
  }
}
