import AssayCore
import Foundation

/// The texts a CSV source reads as null besides the empty field: `NA`, `N/A`, `NaN`, `nan`,
/// `null`, `NULL`, `None` and `-` by default, or the list the `null` option gives
/// (`null=NA,-,?`; `null=` leaves only the empty field).
enum NullTexts: Sendable {
  case standard
  case given([[UInt8]])

  /// The texts `options.named["null"]` lists, else the standard ones.
  init(_ options: SourceOptions) {
    guard let text = options.named["null"] else {
      self = .standard
      return
    }
    self = .given(text.split(separator: ",", omittingEmptySubsequences: true).map { Array($0.utf8) })
  }

  /// True when the `count` bytes at `p` are one of the texts.
  @inline(__always)
  func contains(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    switch self {
    case .standard: return TokenParsing.isNullToken(p, count)
    case .given(let texts):
      return texts.contains { text in
        text.count == count
          && text.withUnsafeBufferPointer { memcmp($0.baseAddress.unsafelyUnwrapped, p, count) == 0 }
      }
    }
  }
}
