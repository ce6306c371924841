import AssayCore

/// Rebuilds the values of a nested field (lists, maps, structs) from its leaves' level streams,
/// row by row, as JSON text: lists as arrays, maps and structs as objects.
struct NestedAssembly {
  /// One leaf's levels and values, with how far assembly has read them.
  private struct LeafCursor {
    let node: SchemaNode
    let kind: ValueKind
    let definitions: [UInt8]
    let repetitions: [UInt8]
    let entries: Int
    let values: PhysicalValues
    var entry = 0
    var value = 0
  }

  private var cursors: [LeafCursor]
  /// The index of the field's first leaf among the file's leaves.
  private let firstLeaf: Int

  /// An assembly of `field` from its leaves' data, in leaf order.
  init(field: SchemaNode, leaves: [LeafData]) throws {
    firstLeaf = field.leaves.lowerBound
    var nodes: [SchemaNode] = []
    func collect(_ node: SchemaNode) {
      if node.children.isEmpty { nodes.append(node) } else { node.children.forEach(collect) }
    }
    collect(field)
    guard nodes.count == leaves.count else {
      throw ParquetFailure.damaged("a nested field's leaves are missing")
    }
    cursors = try zip(nodes, leaves).map { node, data in
      LeafCursor(
        node: node, kind: try ValueKind(node.element), definitions: data.definitions,
        repetitions: data.repetitions,
        entries: data.entryCount, values: try data.materialized())
    }
  }

  /// The field's value in each of `rows` rows (nil where the field itself is null).
  mutating func rows(_ field: SchemaNode, count rows: Int) throws -> [String?] {
    var out: [String?] = []
    out.reserveCapacity(rows)
    for _ in 0..<rows {
      var text = ""
      if field.element.repetition == .optional, try definition(field) < field.definitionLevel {
        try skip(field)
        out.append(nil)
        continue
      }
      try writeField(field, into: &text)
      out.append(text)
    }
    guard cursors.allSatisfy({ $0.entry == $0.entries }) else {
      throw ParquetFailure.damaged("a nested column holds more values than its rows")
    }
    return out
  }

  /// The definition level of the next entry of `node`'s first leaf.
  private func definition(_ node: SchemaNode) throws -> Int {
    let cursor = cursors[node.leaves.lowerBound - firstLeaf]
    guard cursor.entry < cursor.entries else { throw ParquetFailure.damaged("a nested column ends early") }
    return cursor.definitions.isEmpty ? cursor.node.definitionLevel : Int(cursor.definitions[cursor.entry])
  }

  /// The repetition level of the next entry of `node`'s first leaf, or nil at the end.
  private func nextRepetition(_ node: SchemaNode) -> Int? {
    let cursor = cursors[node.leaves.lowerBound - firstLeaf]
    guard cursor.entry < cursor.entries else { return nil }
    return cursor.repetitions.isEmpty ? 0 : Int(cursor.repetitions[cursor.entry])
  }

  /// Steps every leaf under `node` past the one entry that stands for its absence.
  private mutating func skip(_ node: SchemaNode) throws {
    for leaf in node.leaves {
      guard cursors[leaf - firstLeaf].entry < cursors[leaf - firstLeaf].entries else {
        throw ParquetFailure.damaged("a nested column ends early")
      }
      cursors[leaf - firstLeaf].entry += 1
    }
  }

  /// Writes the value of field `node` within a present parent: an array for a repeated field,
  /// null for an absent optional one, else its one instance.
  private mutating func writeField(_ node: SchemaNode, into text: inout String) throws {
    switch node.element.repetition {
    case .repeated?:
      try writeInstances(node, into: &text, open: "[", close: "]") { assembly, text in
        try assembly.writeInstance(node, into: &text)
      }
    case .optional?:
      if try definition(node) < node.definitionLevel {
        try skip(node)
        text += "null"
      } else {
        try writeInstance(node, into: &text)
      }
    default:
      try writeInstance(node, into: &text)
    }
  }

  /// Writes every instance of repeated `node` (none when its level says the list is empty) between
  /// `open` and `close`, each by `write`.
  private mutating func writeInstances(
    _ node: SchemaNode, into text: inout String, open: String, close: String,
    _ write: (inout NestedAssembly, inout String) throws -> Void
  ) throws {
    text += open
    if try definition(node) < node.definitionLevel {
      try skip(node)
      text += close
      return
    }
    var first = true
    repeat {
      if !first { text += "," }
      first = false
      try write(&self, &text)
    } while nextRepetition(node) == node.repetitionLevel
    text += close
  }

  /// Writes one instance of `node`: a leaf's value, a list, a map or a struct.
  private mutating func writeInstance(_ node: SchemaNode, into text: inout String) throws {
    if node.children.isEmpty { return try writeValue(node, into: &text) }
    let logical = node.element.logical
    let converted = node.element.converted
    if logical == .list || converted == 3, node.children.count == 1,
      node.children[0].element.repetition == .repeated
    {
      let repeated = node.children[0]
      return try writeInstances(repeated, into: &text, open: "[", close: "]") { assembly, text in
        if repeated.children.count == 1 {
          try assembly.writeField(repeated.children[0], into: &text)
        } else {
          try assembly.writeInstance(repeated, into: &text)
        }
      }
    }
    if logical == .map || converted == 1 || converted == 2, node.children.count == 1,
      node.children[0].element.repetition == .repeated, node.children[0].children.count == 2
    {
      let pairs = node.children[0]
      return try writeInstances(pairs, into: &text, open: "{", close: "}") { assembly, text in
        var key = ""
        try assembly.writeField(pairs.children[0], into: &key)
        text += key.hasPrefix("\"") ? key : JSONText.string(key)
        text += ":"
        try assembly.writeField(pairs.children[1], into: &text)
      }
    }
    text += "{"
    for (k, child) in node.children.enumerated() {
      if k > 0 { text += "," }
      text += JSONText.string(child.name) + ":"
      try writeField(child, into: &text)
    }
    text += "}"
  }

  /// Writes the next entry of leaf `node` (present at this point) as JSON.
  private mutating func writeValue(_ node: SchemaNode, into text: inout String) throws {
    let index = node.leaves.lowerBound - firstLeaf
    let cursor = cursors[index]
    guard cursor.entry < cursor.entries else { throw ParquetFailure.damaged("a nested column ends early") }
    let level =
      cursor.definitions.isEmpty ? cursor.node.definitionLevel : Int(cursor.definitions[cursor.entry])
    cursors[index].entry += 1
    guard level == cursor.node.definitionLevel else {
      text += "null"
      return
    }
    guard cursor.value < cursor.values.count else {
      throw ParquetFailure.damaged("a nested column ends early")
    }
    cursors[index].value += 1
    text += JSONText.value(cursor.values, at: cursor.value, kind: cursor.kind)
  }
}
