import AssayCSV
import AssayCore

/// The shapes records come in: lines, array elements, a columns document; and the objects they are.
extension RecordParser {
  /// JSON Lines: an object per line; blank lines are skipped.
  mutating func parseLines(until end: Int) throws {
    while position < end {
      skipSpace()
      guard position < limit else { return }
      if base[position] == UInt8(ascii: "\n") {
        position += 1
        lines += 1
        continue
      }
      guard base[position] == UInt8(ascii: "{") else {
        throw expected(
          "an object ('{') at the start of the line", hint: "JSON Lines hold one object per line")
      }
      try parseObject(under: 0)
      finishRow()
      skipSpace()
      guard position < limit else { return }
      guard base[position] == UInt8(ascii: "\n") else {
        throw expected("the end of the line after the object", hint: "JSON Lines hold one object per line")
      }
      position += 1
      lines += 1
    }
  }

  /// The elements of a top-level array, each an object, at least one and up to the first comma at
  /// or past `end` (or the closing bracket, after which only white space may follow).
  mutating func parseElements(until end: Int) throws {
    repeat {
      skipSpace()
      guard position < limit, base[position] == UInt8(ascii: "{") else {
        throw expected(
          "an object ('{') for each element of the array", hint: "Assay reads an array of objects")
      }
      try parseObject(under: 0)
      finishRow()
      if try closesArray() {
        closed = true
        return try expectEnd(after: "the array")
      }
    } while position < end
  }

  /// A top-level object of arrays: each member a column, its elements the rows (an object
  /// element is flattened under the member's name). Throws `NotColumns` at a member that is not
  /// an array, and a failure when the arrays differ in length.
  mutating func parseColumns() throws {
    position += 1
    skipSpace()
    var rows: Int?
    var first = ""
    if position < limit && base[position] == UInt8(ascii: "}") {
      position += 1
      return try expectEnd(after: "the object")
    }
    while true {
      ordinal = 0
      let keyStart = position
      let node = try key(under: 0)
      try colon()
      guard position < limit, base[position] == UInt8(ascii: "[") else { throw NotColumns() }
      position += 1
      row = 0
      skipSpace()
      if position < limit && base[position] == UInt8(ascii: "]") {
        position += 1
      } else {
        try parseColumnElements(under: node)
      }
      if let rows, rows != row {
        position = keyStart
        throw failure(
          "the array '\(paths.name(of: node))' has \(row) value\(row == 1 ? "" : "s"), '\(first)' has \(rows)",
          hint: "an object of arrays needs arrays of one length")
      }
      if rows == nil { first = paths.name(of: node) }
      rows = row
      skipSpace()
      guard position < limit, base[position] == UInt8(ascii: ",") else {
        guard position < limit, base[position] == UInt8(ascii: "}") else {
          throw expected("',' or '}' after a value", hint: "is a comma missing?")
        }
        position += 1
        try expectEnd(after: "the object")
        return
      }
      position += 1
      skipSpace()
    }
  }

  /// The elements of one member's array, each a row of the member's column(s).
  private mutating func parseColumnElements(under node: Int32) throws {
    while true {
      ordinal = 0
      skipSpace()
      depth = 2
      if position < limit && base[position] == UInt8(ascii: "{") {
        try parseObject(under: node)
      } else {
        try value(at: node)
      }
      row += 1
      if try closesArray() { return }
    }
  }

  /// Moves past the `,` or `]` after an array element; true for `]`.
  private mutating func closesArray() throws -> Bool {
    skipSpace()
    guard position < limit, base[position] == UInt8(ascii: ",") || base[position] == UInt8(ascii: "]") else {
      throw expected("',' or ']' after an array element", hint: "is a comma missing?")
    }
    position += 1
    return base[position - 1] == UInt8(ascii: "]")
  }

  /// One object (at `{`), its members stored in the current row under `root`: an object member
  /// is flattened, the others stored in the column of their dotted name.
  mutating func parseObject(under root: Int32) throws {
    let baseDepth = depth
    position += 1
    var level = 0
    var parent = root
    parentStack[0] = root
    depth = baseDepth + 1
    skipSpace()
    var closing = position < limit && base[position] == UInt8(ascii: "}")
    while true {
      if !closing {
        let node = try key(under: parent)
        try colon()
        if position < limit && base[position] == UInt8(ascii: "{") {
          guard depth < Self.maxDepth else { throw tooDeep() }
          position += 1
          level += 1
          depth += 1
          parentStack[level] = node
          parent = node
          skipSpace()
          if !(position < limit && base[position] == UInt8(ascii: "}")) { continue }
        } else {
          try value(at: node)
        }
      }
      closing = false
      while true {
        skipSpace()
        if position < limit && base[position] == UInt8(ascii: ",") {
          position += 1
          skipSpace()
          break
        }
        guard position < limit, base[position] == UInt8(ascii: "}") else {
          throw expected("',' or '}' after a value", hint: "is a comma missing, or a quote?")
        }
        position += 1
        depth -= 1
        if level == 0 { return }
        level -= 1
        parent = parentStack[level]
      }
    }
  }

  /// The key at `position` (a string) as a node under `parent`: the node the row before had at
  /// this place when the bytes match it, else the one found (or added) by its decoded text.
  @inline(__always)
  mutating func key(under parent: Int32) throws -> Int32 {
    guard position < limit, base[position] == UInt8(ascii: "\"") else {
      throw expected("a key in double quotes", hint: "keys are strings; a comma before '}' is not allowed")
    }
    let text = position + 1
    let slot = ordinal < Self.predictedKeys ? ordinal : Self.predictedKeys - 1
    ordinal += 1
    let guess = predicted[slot]
    if guess > 0 && paths.isWritten(guess, under: parent, at: base + text, available: limit - text) {
      position = text + paths.keyLength(guess) + 1
      return guess
    }
    let keyStart = position
    let key = try readString()
    if !key.isPlainASCII, let problem = TextValidation.firstProblem(key.bytes, key.count) {
      position = keyStart
      throw badText(at: keyStart + (key.isDecoded ? 0 : problem + 1), in: "a key")
    }
    guard paths.count < Self.maxPaths else {
      position = keyStart
      throw failure("more than \(Self.maxPaths) distinct keys", hint: "is this a table?")
    }
    let node = paths.child(of: parent, key: key.bytes, length: key.count)
    predicted[slot] = node
    return node
  }

  /// The `:` after a key, and the white space around it.
  @inline(__always)
  mutating func colon() throws {
    skipSpace()
    guard position < limit, base[position] == UInt8(ascii: ":") else {
      throw expected("':' after the key", hint: "members are written \"key\": value")
    }
    position += 1
    skipSpace()
  }

  /// White space and then the end of the input.
  mutating func expectEnd(after what: String) throws {
    skipSpace()
    guard position == limit else {
      throw expected("the end of the input after \(what)", hint: "a document holds one value")
    }
  }
}
