import Foundation

/// A regular expression matched against cells' text as shown; dictionary-coded chunks are matched
/// once per distinct value.
public struct PatternMatcher: @unchecked Sendable {
  // NSRegularExpression is immutable and safe to share.
  private let regex: NSRegularExpression

  /// A matcher; a bad pattern throws an error naming the pattern.
  public init(pattern: String) throws {
    do {
      regex = try NSRegularExpression(pattern: pattern)
    } catch {
      throw AssayError(
        message: "'\(pattern)' is not a valid regular expression",
        hint: "escape special characters such as ( [ * + ? with a backslash")
    }
  }

  /// True when the text contains a match.
  public func matches(_ text: String) -> Bool {
    regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  /// True when row `row` of `column` is not null and its text contains a match.
  public func matches(_ column: Column, row: Int) -> Bool {
    let value = column[row]
    return !value.isNull && matches(value.description)
  }

  /// Per row of `column`: whether its text contains a match (never for nulls). A stopped
  /// monitor ends the scan with `CancellationError`; it is checked every `WorkMonitor.checkInterval` rows.
  public func mask(_ column: Column, monitor: WorkMonitor? = nil) throws -> [Bool] {
    var mask: [Bool] = []
    mask.reserveCapacity(column.count)
    for chunk in column.chunks {
      try monitor?.checkStopped()
      if case .string(.dictionary(let codes, let dictionary)) = chunk.values {
        let byCode = dictionary.map(matches)
        for i in 0..<chunk.count {
          let code = Int(codes[i])
          mask.append(!chunk.isNull(i) && code < byCode.count && byCode[code])
        }
      } else {
        for i in 0..<chunk.count {
          if i & (WorkMonitor.checkInterval - 1) == 0 { try monitor?.checkStopped() }
          mask.append(!chunk.isNull(i) && matches(chunk.value(at: i).description))
        }
      }
    }
    return mask
  }
}
