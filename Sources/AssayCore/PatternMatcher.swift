import Foundation

/// A regular expression matched against cells' text as shown; dictionary-coded chunks are matched
/// once per distinct value. Each match has a time budget: a pattern that backtracks without end
/// (`(a+)+$`) fails with an error instead of running for ever, while a quick pattern over millions
/// of cells never runs out.
public struct PatternMatcher: @unchecked Sendable {
  /// How long matching one cell's text may take.
  public static let timeLimit: Duration = .seconds(10)
  // NSRegularExpression is immutable and safe to share.
  private let regex: NSRegularExpression
  private let pattern: String
  private let limit: Duration

  /// A matcher that may spend `timeLimit` on each text; a bad pattern throws an error naming the pattern.
  public init(pattern: String, timeLimit: Duration = PatternMatcher.timeLimit) throws {
    do {
      regex = try NSRegularExpression(pattern: pattern)
    } catch {
      throw AssayError(
        message: "'\(SafeText.visible(pattern))' is not a valid regular expression",
        hint: "escape special characters such as ( [ * + ? with a backslash")
    }
    self.pattern = pattern
    limit = timeLimit
  }

  /// True when the text contains a match; throws once the time budget is spent.
  public func matches(_ text: String) throws -> Bool {
    let deadline = ContinuousClock.now + limit
    var found = false
    var tooSlow = false
    var reports = 0
    regex.enumerateMatches(in: text, options: .reportProgress, range: NSRange(text.startIndex..., in: text)) {
      result, _, stop in
      if result != nil {
        found = true
        stop.pointee = true
        return
      }
      // Progress comes at every start position and every few thousand steps: read the clock rarely.
      reports &+= 1
      if reports & 255 == 0 && ContinuousClock.now > deadline {
        tooSlow = true
        stop.pointee = true
      }
    }
    if tooSlow {
      throw AssayError(
        message: "the pattern '\(SafeText.visible(pattern))' is too slow: matching took longer than \(limit)",
        hint: "simplify it; nested repeats such as (a+)+ try every way to split the text")
    }
    return found
  }

  /// True when row `row` of `column` is not null and its text contains a match.
  public func matches(_ column: Column, row: Int) throws -> Bool {
    let value = column[row]
    return try !value.isNull && matches(value.description)
  }

  /// Per row of `column`: whether its text contains a match (never for nulls). A stopped
  /// monitor ends the scan with `CancellationError`; it is checked every `WorkMonitor.checkInterval` rows.
  public func mask(_ column: Column, monitor: WorkMonitor? = nil) throws -> [Bool] {
    var mask: [Bool] = []
    mask.reserveCapacity(column.count)
    for chunk in column.chunks {
      try monitor?.checkStopped()
      if case .string(.dictionary(let codes, let dictionary)) = chunk.values {
        let byCode = try dictionary.map(matches)
        for i in 0..<chunk.count {
          let code = Int(codes[i])
          mask.append(!chunk.isNull(i) && code < byCode.count && byCode[code])
        }
      } else {
        for i in 0..<chunk.count {
          if i & (WorkMonitor.checkInterval - 1) == 0 { try monitor?.checkStopped() }
          mask.append(try !chunk.isNull(i) && matches(chunk.value(at: i).description))
        }
      }
    }
    return mask
  }
}
