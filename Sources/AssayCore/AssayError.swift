/// Where in an input a problem was found. Lines and columns count from 1.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  /// The file or source name.
  public var source: String
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column (field number for CSV), when known.
  public var column: Int?
  /// 0-based byte offset, when known.
  public var byteOffset: Int?

  /// A location; unknown parts are nil.
  public init(source: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
    self.source = source
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `file:line:column (byte N)`, as far as known.
  public var description: String {
    var s = source
    if let line { s += ":\(line)" }
    if let column { s += ":\(column)" }
    if let byteOffset { s += " (byte \(byteOffset))" }
    return s
  }
}

/// An error a person can act on: what went wrong, where, and what to do.
public struct AssayError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in one sentence.
  public var message: String
  /// Where, when the problem is in the input.
  public var location: SourceLocation?
  /// What the person can do about it.
  public var hint: String?

  /// An error with a message and optional location and hint.
  public init(message: String, location: SourceLocation? = nil, hint: String? = nil) {
    self.message = message
    self.location = location
    self.hint = hint
  }

  /// One line: `location: message (hint)`.
  public var description: String {
    var s = location.map { "\($0): " } ?? ""
    s += message
    if let hint { s += " — \(hint)" }
    return s
  }
}
