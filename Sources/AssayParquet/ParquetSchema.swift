import AssayCore

/// The footer's flattened schema as a tree: each top-level field, the leaf columns under it, and
/// each node's definition and repetition levels (how many optional or repeated fields lead to it,
/// counting itself), which is what turns a leaf's level streams back into values.
struct SchemaNode: Sendable {
  /// The schema element.
  let element: SchemaElement
  /// The children of a group.
  let children: [SchemaNode]
  /// The definition level at which this node holds a value (optional and repeated ancestors and
  /// itself counted).
  let definitionLevel: Int
  /// The repetition level of this node (repeated ancestors and itself counted).
  let repetitionLevel: Int
  /// The leaf columns under this node (or this leaf), as indexes into the row groups' chunks.
  let leaves: Range<Int>

  /// The field's name: the element's, with a suffix for a top-level field whose name an earlier
  /// one has (`a`, `a_2`), as a table's columns are named.
  var name: String
  /// True for a leaf column.
  var isLeaf: Bool { children.isEmpty && element.physical != nil }
}

/// The tree of a file's schema.
struct ParquetSchema: Sendable {
  /// The top-level fields: the table's columns.
  let fields: [SchemaNode]
  /// Every leaf, in the order of the row groups' column chunks.
  let leaves: [SchemaNode]

  /// The tree of `elements` (the footer's list, root first); damaged when counts disagree.
  init(_ elements: [SchemaElement]) throws {
    guard let root = elements.first else { throw ParquetFailure.damaged("the schema is empty") }
    var next = 1
    var leaves: [SchemaNode] = []
    func build(definition: Int, repetition: Int, depth: Int) throws -> SchemaNode {
      guard next < elements.count else {
        throw ParquetFailure.damaged("the schema lists fewer fields than it counts")
      }
      guard depth < 64 else { throw ParquetFailure.damaged("the schema nests too deeply") }
      let element = elements[next]
      next += 1
      let optional = element.repetition == .optional || element.repetition == .repeated
      let definitionLevel = definition + (optional ? 1 : 0)
      let repetitionLevel = repetition + (element.repetition == .repeated ? 1 : 0)
      let first = leaves.count
      var children: [SchemaNode] = []
      for _ in 0..<element.childCount {
        children.append(try build(definition: definitionLevel, repetition: repetitionLevel, depth: depth + 1))
      }
      if element.childCount == 0 {
        guard element.physical != nil else {
          throw ParquetFailure.damaged("field '\(element.name)' has neither a type nor children")
        }
      }
      let node = SchemaNode(
        element: element, children: children, definitionLevel: definitionLevel,
        repetitionLevel: repetitionLevel,
        leaves: first..<(element.childCount == 0 ? first + 1 : leaves.count), name: element.name)
      if element.childCount == 0 { leaves.append(node) }
      return node
    }
    var fields: [SchemaNode] = []
    for _ in 0..<root.childCount { fields.append(try build(definition: 0, repetition: 0, depth: 0)) }
    guard next == elements.count else {
      throw ParquetFailure.damaged("the schema lists more fields than it counts")
    }
    for (index, name) in UniqueNames.make(fields.map(\.name)).enumerated() { fields[index].name = name }
    self.fields = fields
    self.leaves = leaves
  }
}
