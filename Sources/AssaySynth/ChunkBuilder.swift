import AssayCore

/// Collects one column's drawn cells for a block of rows and makes them a chunk of the column's type.
struct ChunkBuilder {
  let model: ColumnModel
  private var bits: [UInt64] = []
  private var validity: ValidityBitmap
  private var bytes: [UInt8] = []
  private var offsets: [UInt32] = [0]

  init(model: ColumnModel, capacity: Int) {
    self.model = model
    validity = ValidityBitmap(count: 0, allValid: true)
    bits.reserveCapacity(capacity)
  }

  /// Adds a cell: its stored bits (or category code), whether it is null, and its text when the
  /// column is generated text.
  mutating func append(bits cell: UInt64, null: Bool, text: [UInt8]) {
    validity.append(!null)
    if case .shapedText = model.marginal {
      bytes.append(contentsOf: text)
      offsets.append(UInt32(bytes.count))
    } else {
      bits.append(null ? 0 : cell)
    }
  }

  /// The cells as a chunk.
  func chunk() -> ColumnChunk {
    ColumnChunk(values: values(), validity: validity.nullCount > 0 ? validity : nil)
  }

  private func values() -> ChunkValues {
    if case .shapedText = model.marginal { return .string(.packed(bytes: bytes, offsets: offsets)) }
    if case .categories(let categories) = model.marginal {
      if model.type == .bool {
        return .bool(bits.map { if case .bool(let b) = categories.values[Int($0)] { b } else { false } })
      }
      return .string(
        .dictionary(codes: bits.map { UInt32($0) }, dictionary: categories.values.map(\.description)))
    }
    let integers = bits.map { Int64(bitPattern: $0) }
    switch model.type {
    case .double: return .double(bits.map { Double(bitPattern: $0) })
    case .int: return .int(integers)
    case .duration: return .duration(integers)
    case .date: return .date(integers.map { Int32(truncatingIfNeeded: $0) })
    case .timestamp: return .timestamp(integers, model.zone)
    case .bool: return .bool(integers.map { $0 != 0 })
    case .string:
      return .string(.packed(bytes: [], offsets: [UInt32](repeating: 0, count: bits.count + 1)))
    }
  }
}
