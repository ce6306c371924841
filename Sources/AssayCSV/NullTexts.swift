import AssayCore
import Foundation

/// The texts a CSV source reads as null besides the empty field: `NA`, `N/A`, `NaN`, `nan`,
/// `null`, `NULL`, `None` and `-` by default, or the list the `null` option gives
/// (`null=NA,-,?`; `null=` leaves only the empty field).
enum NullTexts: Sendable {
  case standard
  /// Texts given, with a bit set for each of their lengths (lengths of 63 bytes and more share the
  /// top bit), so that most fields are told apart by their length alone.
  case given([[UInt8]], lengths: UInt64)

  /// The texts `options.named["null"]` lists, else the standard ones.
  init(_ options: SourceOptions) {
    guard let text = options.named["null"] else {
      self = .standard
      return
    }
    let texts = text.split(separator: ",", omittingEmptySubsequences: true).map { Array($0.utf8) }
    self = .given(texts, lengths: texts.reduce(0) { $0 | Self.lengthBit($1.count) })
  }

  /// The standard texts, in the order of their bits.
  static let standardTexts: [[UInt8]] = ["-", "NA", "N/A", "NaN", "nan", "null", "NULL", "None"].map {
    Array($0.utf8)
  }

  /// The texts, in the order of their bits.
  var texts: [[UInt8]] {
    switch self {
    case .standard: return Self.standardTexts
    case .given(let texts, _): return texts
    }
  }

  /// The bit of `count` in a `given` case's lengths.
  @inline(__always)
  static func lengthBit(_ count: Int) -> UInt64 { 1 << min(count, 63) }

  /// The bit of the text the `count` bytes at `p` are (`1 << position` in `texts`, the 64th and
  /// later sharing the last bit); 0 when they are none of them.
  @inline(__always)
  func bit(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    switch self {
    case .standard: if !TokenParsing.isNullToken(p, count) { return 0 }
    case .given(_, let lengths): if lengths & Self.lengthBit(count) == 0 { return 0 }
    }
    guard
      let position = texts.firstIndex(where: { text in
        text.count == count
          && text.withUnsafeBufferPointer { memcmp($0.baseAddress.unsafelyUnwrapped, p, count) == 0 }
      })
    else { return 0 }
    return 1 << min(position, 63)
  }

  /// True for texts a user gave: they may be longer than the standard ones and look like values
  /// (`missing`, `-999`), so fields are checked against them before they are read as values.
  @inline(__always)
  var isGiven: Bool {
    if case .given = self { return true }
    return false
  }

  /// True when the `count` bytes at `p` are one of the texts.
  @inline(__always)
  func contains(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool { bit(p, count) != 0 }

  /// The texts whose bits `mask` sets.
  func texts(in mask: UInt64) -> [String] {
    texts.enumerated().filter { mask & (1 << min($0.offset, 63)) != 0 }.map {
      String(decoding: $0.element, as: UTF8.self)
    }
  }
}
