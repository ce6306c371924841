import AssayCore

/// How one top-level field becomes a column: a flat leaf converted by its kind, or a nested field
/// shown as JSON text. Decided from the footer before any page is read, so every row group gives
/// the column the same type.
struct ColumnPlan: Sendable {
  /// The field.
  let field: SchemaNode
  /// The leaf's kind, for a flat field; nil for a nested one.
  let kind: ValueKind?
  /// For decimals: whether they are kept as doubles (else exact text).
  let decimalsAsDoubles: Bool
  /// For unsigned 64-bit integers: whether every value fits an int (else their exact digits as text).
  let unsignedFitsInt: Bool
  /// For text: whether every row group's pages are all dictionary-encoded, as the footer says, so
  /// that the column is kept as dictionary codes in every chunk (a column's chunks share a form).
  let textDictionary: Bool

  /// The column's name.
  var name: String { field.name }

  /// The plan for `field` in a file with `rowGroups`.
  init(field: SchemaNode, rowGroups: [RowGroup]) throws {
    self.field = field
    guard field.isLeaf, field.repetitionLevel == 0 else {
      kind = nil
      decimalsAsDoubles = false
      unsignedFitsInt = false
      textDictionary = false
      return
    }
    let kind = try ValueKind(field.element)
    self.kind = kind
    let leaf = field.leaves.lowerBound
    textDictionary =
      kind == .text
      && rowGroups.allSatisfy { group in
        group.rowCount == 0
          || group.columns.indices.contains(leaf) && group.columns[leaf].dictionaryPagesOnly == true
      }
    // Row groups without rows, and column chunks of nulls only, bound nothing.
    let statistics = rowGroups.filter { group in
      guard group.rowCount > 0, group.columns.indices.contains(leaf) else { return false }
      return group.columns[leaf].statistics?.nullCount != group.rowCount
    }.map { $0.columns[leaf].statistics }
    switch kind {
    case .decimal(_, let precision):
      decimalsAsDoubles =
        precision <= 15
        || !statistics.isEmpty
          && statistics.allSatisfy { stats in
            guard let stats else { return false }
            return [stats.minimum, stats.maximum].allSatisfy { bound in
              guard let bound, let value = Self.integer(bound, physical: field.element.physical) else {
                return false
              }
              return value.magnitude < 1_000_000_000_000_000
            }
          }
      unsignedFitsInt = false
    case .unsigned64:
      decimalsAsDoubles = false
      unsignedFitsInt = statistics.allSatisfy { stats in
        guard let bound = stats?.maximum ?? stats?.legacyMaximum, bound.count == 8 else { return false }
        return bound[7] & 0x80 == 0
      }
    default:
      decimalsAsDoubles = false
      unsignedFitsInt = false
    }
  }

  /// The Assay type of the column.
  var type: ColumnType {
    guard let kind else { return .string }
    switch kind {
    case .bool: return .bool
    case .integer: return .int
    case .unsigned64: return unsignedFitsInt ? .int : .string
    case .float: return .double
    case .decimal: return decimalsAsDoubles ? .double : .string
    case .date: return .date
    case .timestamp, .int96: return .timestamp
    case .time: return .duration
    case .text, .binary, .uuid, .absent: return .string
    }
  }

  /// The decimal places a decimal kept as doubles is shown with (its scale); nil otherwise.
  var decimalPlaces: Int? {
    guard case .decimal(let scale, _)? = kind, decimalsAsDoubles, scale > 0 else { return nil }
    return Int(scale)
  }

  /// A chunk of no rows of the column's type (a timestamp one in the column's zone form).
  var emptyChunk: ColumnChunk {
    if case .timestamp(_, let utc)? = kind {
      return ColumnChunk(values: .timestamp([], utc ? .utc : .naive), validity: nil)
    }
    if textDictionary {
      return ColumnChunk(values: .string(.dictionary(codes: [], dictionary: [])), validity: nil)
    }
    return ColumnChunk.make(type: type, values: [])
  }

  /// A statistics bound of an integer-backed decimal: little-endian for INT32/INT64, big-endian
  /// two's complement for byte arrays.
  static func integer(_ bytes: [UInt8], physical: PhysicalType?) -> Int128? {
    switch physical {
    case .int32?, .int64?:
      guard bytes.count == 4 || bytes.count == 8 else { return nil }
      var raw: UInt64 = 0
      for (k, b) in bytes.enumerated() { raw |= UInt64(b) << (8 * UInt64(k)) }
      return bytes.count == 4 ? Int128(Int32(truncatingIfNeeded: raw)) : Int128(Int64(bitPattern: raw))
    default:
      return bytes.withUnsafeBufferPointer { NumberConversion.bigEndianInteger($0) }
    }
  }
}
