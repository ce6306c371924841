extension FilterExpression {
  /// Parses `text` against `table`'s columns. Column names are bare words or in backquotes; text is
  /// in double or single quotes; times are quoted (`"2024-01-31"`, `"2024-01-31 08:00"`, `"2024"`); `and`, `or`, `not` and parentheses
  /// combine comparisons. A mistake throws an error whose column is the character that is wrong.
  public static func parse(_ text: String, columns: [(name: String, type: ColumnType)]) throws
    -> FilterExpression
  {
    var parser = FilterParser(text: text, columns: columns)
    let expression = try parser.orExpression()
    if let extra = parser.peek() {
      throw parser.error("unexpected '\(extra.text)'", at: extra, hint: "join conditions with and / or")
    }
    return expression
  }

  /// Parses `text` against the columns of `table`.
  public static func parse(_ text: String, for table: Table) throws -> FilterExpression {
    try parse(text, columns: table.columns.map { ($0.name, $0.type) })
  }
}

/// A word of a filter expression and where it starts (0-based, in characters).
struct FilterToken {
  enum Kind { case word, quoted, backquoted, number, symbol }
  var kind: Kind
  var text: String
  var position: Int
}

/// A recursive-descent parser over the tokens of a filter expression. Only parentheses nest, at
/// most `maxDepth` deep, so parsing and evaluating never run out of stack.
struct FilterParser {
  /// The deepest nesting of parentheses accepted.
  static let maxDepth = 200
  let source: String
  let columns: [(name: String, type: ColumnType)]
  private var tokens: [FilterToken] = []
  private var next = 0
  private var depth = 0
  private var tokenError: AssayError?

  init(text: String, columns: [(name: String, type: ColumnType)]) {
    source = text
    self.columns = columns
    do { tokens = try Self.tokenize(Array(text)) } catch { tokenError = error as? AssayError }
  }

  func peek() -> FilterToken? { next < tokens.count ? tokens[next] : nil }

  /// An error at `token` (nil: the end); the expression's text in it is made visible.
  func error(_ message: String, at token: FilterToken?, hint: String? = nil) -> AssayError {
    Self.error(message, at: token?.position ?? source.count, hint: hint)
  }

  /// An error at character `position` (0-based); control characters in it are made visible.
  static func error(_ message: String, at position: Int, hint: String? = nil) -> AssayError {
    AssayError(
      message: SafeText.visible(message),
      location: SourceLocation(source: "filter", line: 1, column: position + 1),
      hint: hint.map(SafeText.visible))
  }

  private mutating func take() -> FilterToken? {
    defer { next += 1 }
    return peek()
  }

  private mutating func takeKeyword(_ word: String) -> Bool {
    guard let token = peek(), token.kind == .word, token.text.lowercased() == word else { return false }
    next += 1
    return true
  }

  mutating func orExpression() throws -> FilterExpression {
    if let tokenError { throw tokenError }
    var terms = [try andExpression()]
    while takeKeyword("or") { terms.append(try andExpression()) }
    return terms.count == 1 ? terms[0] : .or(terms)
  }

  private mutating func andExpression() throws -> FilterExpression {
    var terms = [try notExpression()]
    while takeKeyword("and") { terms.append(try notExpression()) }
    return terms.count == 1 ? terms[0] : .and(terms)
  }

  /// A run of `not`s is folded (two cancel out), so it costs no depth.
  private mutating func notExpression() throws -> FilterExpression {
    var negated = false
    while takeKeyword("not") { negated.toggle() }
    let operand = try operand()
    return negated ? .not(operand) : operand
  }

  private mutating func operand() throws -> FilterExpression {
    if let open = peek(), open.kind == .symbol, open.text == "(" {
      guard depth < Self.maxDepth else {
        throw error(
          "filter nests deeper than \(Self.maxDepth) levels", at: open, hint: "remove needless parentheses")
      }
      next += 1
      depth += 1
      defer { depth -= 1 }
      let inner = try orExpression()
      guard let close = take(), close.kind == .symbol, close.text == ")" else {
        throw error(
          "missing ')'", at: tokens.indices.contains(next - 1) ? tokens[next - 1] : nil,
          hint: "close the '(' at column \(open.position + 1)")
      }
      return inner
    }
    return try comparison()
  }

  private mutating func comparison() throws -> FilterExpression {
    let names = columns.map(\.name).joined(separator: ", ")
    guard let nameToken = take() else {
      throw error("expected a column name", at: nil, hint: "columns are: \(names)")
    }
    let isName = nameToken.kind == .word || nameToken.kind == .backquoted
    guard isName, let column = columns.firstIndex(where: { $0.name == nameToken.text }) else {
      if !isName && columns.contains(where: { $0.name == nameToken.text }) {
        throw error(
          "'\(nameToken.text)' in quotes is a value, not a column", at: nameToken,
          hint: "write a column name with spaces in backquotes: `\(nameToken.text)`")
      }
      throw error("no column named '\(nameToken.text)'", at: nameToken, hint: "columns are: \(names)")
    }
    guard let opToken = take(), opToken.kind == .symbol, let op = FilterOperator(rawValue: opToken.text)
    else {
      throw error(
        "expected a comparison after '\(nameToken.text)'", at: peekPrevious(),
        hint: "use ==, !=, <, <=, >, >= or ~")
    }
    guard let valueToken = take() else { throw error("expected a value after '\(op.rawValue)'", at: nil) }
    let constant = try convert(valueToken, for: columns[column], op: op)
    return .comparison(column: column, op, constant)
  }

  private func peekPrevious() -> FilterToken? { next - 1 < tokens.count ? tokens[next - 1] : nil }

  private func convert(_ token: FilterToken, for column: (name: String, type: ColumnType), op: FilterOperator)
    throws -> FilterConstant
  {
    if op == .matches {
      guard token.kind == .quoted else {
        throw error(
          "'~' takes a quoted regular expression", at: token, hint: "write: \(column.name) ~ \"^ab\"")
      }
      return .pattern(token.text)
    }
    if token.kind == .word, token.text == "null" {
      guard op == .equal || op == .notEqual else {
        throw error("null can only be compared with == or !=", at: token)
      }
      return .null
    }
    switch column.type {
    case .int, .double:
      guard token.kind == .number, let number = Double(token.text) else {
        throw error("'\(column.name)' holds numbers; expected a number", at: token)
      }
      if column.type == .int, let whole = Int64(token.text) { return .integer(whole) }
      return .number(number)
    case .bool:
      guard token.kind == .word, token.text == "true" || token.text == "false" else {
        throw error("'\(column.name)' holds true/false; expected true or false", at: token)
      }
      return .number(token.text == "true" ? 1 : 0)
    case .date, .timestamp:
      guard token.kind == .quoted, let time = TimeLiteral.parse(token.text) else {
        let what =
          column.type == .date ? "dates; expected a quoted date" : "timestamps; expected a quoted time"
        throw error(
          "'\(column.name)' holds \(what)", at: token,
          hint: "write \"2024-01-31\", \"2024-01-31 08:00\" or \"2024\"")
      }
      return .time(micros: time.micros, hasZone: time.hasZone)
    case .duration:
      guard token.kind == .number, let seconds = Double(token.text) else {
        throw error("'\(column.name)' holds durations; expected a number of seconds", at: token)
      }
      return .number(seconds)
    case .string:
      guard token.kind == .quoted else {
        throw error(
          "'\(column.name)' holds text; expected a quoted string", at: token, hint: "write \"\(token.text)\"")
      }
      return .text(token.text)
    }
  }

  static func tokenize(_ characters: [Character]) throws -> [FilterToken] {
    var tokens: [FilterToken] = []
    var i = 0
    func fail(_ message: String, _ at: Int, _ hint: String? = nil) -> AssayError {
      error(message, at: at, hint: hint)
    }
    while i < characters.count {
      let c = characters[i]
      let start = i
      if c.isWhitespace {
        i += 1
      } else if c == "\"" || c == "'" || c == "`" {
        var text = ""
        i += 1
        while i < characters.count, characters[i] != c {
          if characters[i] == "\\", i + 1 < characters.count { i += 1 }
          text.append(characters[i])
          i += 1
        }
        guard i < characters.count else { throw fail("unclosed \(c)", start, "end the text with \(c)") }
        i += 1
        tokens.append(FilterToken(kind: c == "`" ? .backquoted : .quoted, text: text, position: start))
      } else if c.isNumber
        || ((c == "-" || c == ".") && i + 1 < characters.count && characters[i + 1].isNumber)
      {
        i += 1
        while i < characters.count,
          characters[i].isNumber || "._eE".contains(characters[i])
            || ((characters[i] == "-" || characters[i] == "+") && "eE".contains(characters[i - 1]))
        {
          i += 1
        }
        let text = String(characters[start..<i]).replacingOccurrences(of: "_", with: "")
        guard Double(text) != nil else { throw fail("'\(text)' is not a number", start) }
        tokens.append(FilterToken(kind: .number, text: text, position: start))
      } else if c.isLetter || c == "_" {
        while i < characters.count,
          characters[i].isLetter || characters[i].isNumber || "_.".contains(characters[i])
        {
          i += 1
        }
        tokens.append(FilterToken(kind: .word, text: String(characters[start..<i]), position: start))
      } else {
        let two = i + 1 < characters.count ? String(characters[i...i + 1]) : ""
        if ["==", "!=", "<=", ">="].contains(two) {
          i += 2
          tokens.append(FilterToken(kind: .symbol, text: two, position: start))
        } else if "<>~()".contains(c) {
          i += 1
          tokens.append(FilterToken(kind: .symbol, text: String(c), position: start))
        } else if c == "=" {
          i += 1
          tokens.append(FilterToken(kind: .symbol, text: "==", position: start))
        } else {
          throw fail("unexpected '\(c)'", start, "compare with ==, !=, <, <=, >, >= or ~")
        }
      }
    }
    return tokens
  }
}
