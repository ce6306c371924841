import AssayCore
import Crypto
import Foundation

/// The secret key of `--hash` and keyed `--shift-dates`. It is held only in memory: its
/// description never shows it, so an error or a report that prints a key prints `<secret key>`.
public struct AnonymizationKey: Sendable, CustomStringConvertible {
  /// The key's bytes.
  private let bytes: Data

  /// The key for HMAC.
  var symmetric: SymmetricKey { SymmetricKey(data: bytes) }

  /// A key from its text (at least one byte; the text's UTF-8 bytes are the key).
  public init?(_ text: String) {
    guard !text.isEmpty else { return nil }
    bytes = Data(text.utf8)
  }

  /// The error when an action needs the secret key and none was given.
  public static let missing = AssayError(
    message: "anonymize: --hash and keyed --shift-dates need a secret key, and none was given",
    hint: "set ASSAY_ANON_KEY, or run on a terminal to be asked for it")

  /// Never the key.
  public var description: String { "<secret key>" }
}

/// `--hash`: a cell's keyed HMAC-SHA256, as the first 16 bytes in hexadecimal (32 characters).
/// The same text and key give the same token, so tables hashed with one key still join; without
/// the key a token cannot be reversed or recomputed from a guess.
public enum KeyedHash {
  /// The token of a text.
  public static func token(_ text: String, key: AnonymizationKey) -> String {
    let digest = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key.symmetric)
    let hex = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in digest.prefix(16) { text += [hex[Int(byte >> 4)], hex[Int(byte & 15)]] }
    return String(decoding: text, as: UTF8.self)
  }

  /// A number drawn from a text under the key: the HMAC's first 8 bytes, for keyed shifts.
  static func number(_ text: String, key: AnonymizationKey) -> UInt64 {
    let digest = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key.symmetric)
    return digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
  }
}
