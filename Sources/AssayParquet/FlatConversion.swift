import AssayCore

/// Turns a flat leaf's decoded values into a column chunk of its planned type: nulls from the
/// definition levels, values converted to Assay's units.
struct FlatConversion {
  /// The column's plan (a flat one: `kind` set).
  let plan: ColumnPlan

  /// The chunk of `rows` rows that `data` holds.
  func chunk(_ data: LeafData, rows: Int) throws -> ColumnChunk {
    guard let kind = plan.kind else { throw ParquetFailure.damaged("a nested field read as flat") }
    let maximum = UInt8(plan.field.definitionLevel)
    var validity: ValidityBitmap?
    if maximum > 0, data.definitions.contains(where: { $0 < maximum }) {
      var bitmap = ValidityBitmap(count: rows, allValid: false)
      for (row, level) in data.definitions.enumerated() where level == maximum {
        bitmap.set(row, valid: true)
      }
      validity = bitmap
    }
    let valid = validity
    func spread<T>(_ dense: [T], empty: T) throws -> [T] {
      guard let valid else {
        guard dense.count == rows else {
          throw ParquetFailure.damaged("a column chunk holds the wrong number of values")
        }
        return dense
      }
      guard dense.count == rows - valid.nullCount else {
        throw ParquetFailure.damaged("a column chunk holds the wrong number of values")
      }
      var out = [T](repeating: empty, count: rows)
      var next = 0
      for row in 0..<rows where valid.isValid(row) {
        out[row] = dense[next]
        next += 1
      }
      return out
    }
    if plan.textDictionary {
      let (codes, words) = try Self.dictionaryCodes(data)
      let strings = (0..<words.count).map { i in words.withValue(i) { String(decoding: $0, as: UTF8.self) } }
      return ColumnChunk(
        values: .string(.dictionary(codes: try spread(codes, empty: 0), dictionary: strings)), validity: valid
      )
    }
    if kind == .absent {
      return ColumnChunk(
        values: .string(.packed(bytes: [], offsets: [UInt32](repeating: 0, count: rows + 1))),
        validity: ValidityBitmap(count: rows, allValid: false))
    }
    let values = try data.materialized()
    var nulls = valid
    let converted: ChunkValues
    switch (kind, values) {
    case (.bool, .bool(let a)): converted = .bool(try spread(a, empty: false))
    case (.integer(let unsigned), .int32(let a)):
      converted = .int(try spread(a.map { unsigned ? Int64(UInt32(bitPattern: $0)) : Int64($0) }, empty: 0))
    case (.integer, .int64(let a)): converted = .int(try spread(a, empty: 0))
    case (.unsigned64, .int64(let a)):
      converted =
        plan.unsignedFitsInt
        ? .int(try spread(a, empty: 0))
        : .string(Self.packed(try spread(a.map { String(UInt64(bitPattern: $0)) }, empty: "")))
    case (.float, .float(let a)): converted = .double(try spread(a.map(Double.init), empty: 0))
    case (.float, .double(let a)): converted = .double(try spread(a, empty: 0))
    case (.float, .bytes(let b)):
      converted = .double(
        try spread((0..<b.count).map { i in b.withValue(i, NumberConversion.half) }, empty: 0))
    case (.decimal(let scale, _), _):
      let unscaled = try Self.unscaled(values)
      if plan.decimalsAsDoubles {
        converted = .double(
          try spread(unscaled.map { NumberConversion.decimalDouble($0, scale: scale) }, empty: 0))
      } else {
        converted = .string(
          Self.packed(try spread(unscaled.map { NumberConversion.decimalText($0, scale: scale) }, empty: "")))
      }
    case (.date, .int32(let a)): converted = .date(try spread(a, empty: 0))
    case (.timestamp(let unit, let utc), .int64(let a)):
      let (micros, lost) = try Self.times(try spread(a, empty: 0), valid: valid) {
        NumberConversion.micros($0, unit: unit)
      }
      nulls = lost
      converted = .timestamp(micros, utc ? .utc : .naive)
    case (.int96, .bytes(let b)):
      let dense = (0..<b.count).map { i in b.withValue(i) { NumberConversion.int96Micros($0) } }
      let (micros, lost) = try Self.times(try spread(dense, empty: 0), valid: valid) { $0 }
      nulls = lost
      converted = .timestamp(micros, .naive)
    case (.time(let unit), .int32(let a)):
      converted = .duration(
        try spread(a.map { NumberConversion.micros(Int64($0), unit: unit) ?? 0 }, empty: 0))
    case (.time(let unit), .int64(let a)):
      converted = .duration(try spread(a.map { NumberConversion.micros($0, unit: unit) ?? 0 }, empty: 0))
    case (.text, .bytes(let b)):
      converted = .string(try Self.packedBytes(b, valid: valid, rows: rows))
    case (.binary, .bytes(let b)), (.uuid, .bytes(let b)):
      let texts = (0..<b.count).map { i in b.withValue(i) { ByteText.text($0, uuid: kind == .uuid) } }
      converted = .string(Self.packed(try spread(texts, empty: "")))
    default:
      throw ParquetFailure.damaged("column '\(plan.name)' holds values of another type than its schema says")
    }
    return ColumnChunk(values: converted, validity: nulls)
  }

  /// A text leaf's values as codes into a dictionary: the file's own when every page used it, else
  /// one made from the values (the footer promised dictionary pages that a page did not keep to).
  private static func dictionaryCodes(_ data: LeafData) throws -> ([UInt32], ByteArrays) {
    if let dictionary = data.dictionary, case .bytes(let words) = dictionary { return (data.codes, words) }
    guard case .bytes(let values) = try data.materialized() else {
      throw ParquetFailure.damaged("a text column holds values that are not text")
    }
    var words = ByteArrays()
    var codeOf: [[UInt8]: UInt32] = [:]
    let codes = try (0..<values.count).map { i -> UInt32 in
      let word = values.withValue(i) { Array($0) }
      if let code = codeOf[word] { return code }
      let code = UInt32(words.count)
      codeOf[word] = code
      try word.withUnsafeBytes { try words.append($0) }
      return code
    }
    return (codes, words)
  }

  /// Times converted by `convert`; values it cannot convert (out of range) become nulls.
  private static func times<T>(_ values: [T], valid: ValidityBitmap?, _ convert: (T) -> Int64?) throws -> (
    [Int64], ValidityBitmap?
  ) {
    var bitmap = valid
    var out = [Int64](repeating: 0, count: values.count)
    for (row, value) in values.enumerated() where bitmap?.isValid(row) ?? true {
      if let micros = convert(value) {
        out[row] = micros
      } else {
        if bitmap == nil { bitmap = ValidityBitmap(count: values.count, allValid: true) }
        bitmap?.set(row, valid: false)
      }
    }
    return (out, bitmap)
  }

  /// Unscaled decimal values of any physical type.
  static func unscaled(_ values: PhysicalValues) throws -> [Int128] {
    switch values {
    case .int32(let a): return a.map { Int128($0) }
    case .int64(let a): return a.map { Int128($0) }
    case .bytes(let b):
      return try (0..<b.count).map { i in
        guard let value = b.withValue(i, NumberConversion.bigEndianInteger) else {
          throw ParquetFailure.unsupported("a decimal wider than 128 bits")
        }
        return value
      }
    default: throw ParquetFailure.damaged("a decimal stored in a type that cannot hold one")
    }
  }

  /// Texts packed into string storage.
  static func packed(_ texts: [String]) -> StringStorage {
    var bytes: [UInt8] = []
    var offsets: [UInt32] = [0]
    offsets.reserveCapacity(texts.count + 1)
    for text in texts {
      bytes.append(contentsOf: text.utf8)
      offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }
    return .packed(bytes: bytes, offsets: offsets)
  }

  /// UTF-8 values as string storage, null rows empty; the decoded arrays are reused as they are
  /// when no row is null.
  private static func packedBytes(_ b: ByteArrays, valid: ValidityBitmap?, rows: Int) throws -> StringStorage
  {
    guard let valid else {
      guard b.count == rows else {
        throw ParquetFailure.damaged("a column chunk holds the wrong number of values")
      }
      return .packed(bytes: b.data, offsets: b.offsets)
    }
    guard b.count == rows - valid.nullCount else {
      throw ParquetFailure.damaged("a column chunk holds the wrong number of values")
    }
    var offsets = [UInt32](repeating: 0, count: rows + 1)
    var next = 0
    for row in 0..<rows {
      if valid.isValid(row) { next += 1 }
      offsets[row + 1] = b.offsets[next]
    }
    return .packed(bytes: b.data, offsets: offsets)
  }
}
