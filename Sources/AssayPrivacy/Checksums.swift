/// The check digits that identifiers carry, so a number of the right shape is told from one that
/// only looks like it: Luhn (payment cards), ISO 7064 mod 97-10 (IBAN), the Dutch BSN 11-check,
/// the French NIR key and the ISBN-10 and ISBN-13 check digits.
public enum Checksums {
  /// True when the digits (0–9 each) pass the Luhn check: doubling every second digit from the
  /// right, the sum is a multiple of 10.
  public static func luhn(_ digits: [UInt8]) -> Bool {
    var sum = 0
    for (position, digit) in digits.reversed().enumerated() {
      var value = Int(digit)
      if position % 2 == 1 {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
    }
    return !digits.isEmpty && sum % 10 == 0
  }

  /// True when an IBAN's characters (upper-case letters and digits, no spaces) leave 1 modulo 97
  /// once its first four are moved to the end and each letter is read as 10–35.
  public static func ibanMod97(_ characters: [UInt8]) -> Bool {
    guard characters.count > 4 else { return false }
    var remainder = 0
    for byte in characters[4...] + characters[..<4] {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): remainder = (remainder * 10 + Int(byte - 48)) % 97
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): remainder = (remainder * 100 + Int(byte - 55)) % 97
      default: return false
      }
    }
    return remainder == 1
  }

  /// True when nine digits pass the BSN 11-check: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11
  /// (and not zero).
  public static func bsnElevenCheck(_ digits: [UInt8]) -> Bool {
    guard digits.count == 9 else { return false }
    var sum = 0
    for i in 0..<8 { sum += (9 - i) * Int(digits[i]) }
    sum -= Int(digits[8])
    return sum != 0 && sum % 11 == 0
  }

  /// True when the last two of a NIR's 15 characters are its key, 97 minus the first thirteen
  /// (Corsica's départements 2A and 2B read as 19 and 18) modulo 97.
  public static func nirKey(_ characters: [UInt8]) -> Bool {
    guard characters.count == 15 else { return false }
    var number: Int64 = 0
    var corsica: Int64 = 0
    for (i, byte) in characters[..<13].enumerated() {
      var digit = Int64(byte) - 48
      if i == 6, characters[5] == UInt8(ascii: "2"), byte == UInt8(ascii: "A") || byte == UInt8(ascii: "B") {
        corsica = byte == UInt8(ascii: "A") ? 1_000_000 : 2_000_000
        digit = 0
      } else if !(0...9).contains(digit) {
        return false
      }
      number = number * 10 + digit
    }
    if corsica > 0 { number -= corsica }  // 2A00… reads 1900…, 2B00… reads 1800…
    let key = characters[13...].reduce(0) { $0 * 10 + Int64($1) - 48 }
    return characters[13...].allSatisfy { (48...57).contains($0) } && key == 97 - number % 97
  }

  /// True when 13 digits (0–9 each) pass the ISBN-13 check: weighted 1, 3, 1, 3, … from the left,
  /// their sum is a multiple of 10.
  public static func isbn13(_ digits: [UInt8]) -> Bool {
    guard digits.count == 13 else { return false }
    let sum = digits.enumerated().reduce(0) { $0 + Int($1.element) * ($1.offset % 2 == 0 ? 1 : 3) }
    return sum % 10 == 0
  }

  /// True when 10 digits (0–9 each) pass the ISBN-10 check: weighted 10, 9, … 1 from the left,
  /// their sum is a multiple of 11 (a check digit of 10, written X, is not a digit here).
  public static func isbn10(_ digits: [UInt8]) -> Bool {
    guard digits.count == 10 else { return false }
    let sum = digits.enumerated().reduce(0) { $0 + Int($1.element) * (10 - $1.offset) }
    return sum % 11 == 0
  }
}
