/// A named, typed column of a table, stored as a list of chunks (one per parsed block of input),
/// so that loading can append without copying and parallel parsers can each fill their own chunk.
public struct Column: Sendable, Equatable {
  /// The column's name (header text).
  public var name: String
  /// The column's type; every chunk carries values of this type.
  public let type: ColumnType
  /// The chunks, in row order; a timestamp column's chunks share one zone form.
  public private(set) var chunks: [ColumnChunk]
  /// `chunkStarts[k]` is the first row of chunk k; one more entry holds the row count.
  public private(set) var chunkStarts: [Int]
  /// How the source wrote the values, when a date or timestamp column was read from text in a
  /// format worth naming (`%d/%m/%Y`, `ISO 8601`); nil otherwise.
  public var sourceFormat: String?
  /// The scale a source declares for a column of exact decimals (2 for PostgreSQL's
  /// `numeric(10,2)`), so its values are shown and written as the source writes them (`12.50`);
  /// nil otherwise.
  public var decimalPlaces: Int?
  /// True for a column of binary values (PostgreSQL's bytea, a BLOB), held whole as `\x` and hex
  /// digits: a table shows them short (`BinarySummary`), exports write them whole.
  public var isBinary: Bool

  /// A column from chunks that all carry `type`; timestamp chunks shown in different zone forms
  /// are all shown in UTC.
  public init(
    name: String, type: ColumnType, chunks: [ColumnChunk], sourceFormat: String? = nil,
    decimalPlaces: Int? = nil, isBinary: Bool = false
  ) {
    precondition(chunks.allSatisfy { $0.values.type == type }, "chunk types must match the column type")
    self.name = name
    self.type = type
    self.chunks = ColumnChunk.sharingZone(chunks)
    self.sourceFormat = sourceFormat
    self.decimalPlaces = decimalPlaces
    self.isBinary = isBinary
    var starts = [0]
    starts.reserveCapacity(chunks.count + 1)
    for chunk in chunks { starts.append(starts[starts.count - 1] + chunk.count) }
    chunkStarts = starts
  }

  /// A single-chunk column built from values (nulls allowed), converting each to `type`.
  public init(name: String, type: ColumnType, values: [Value]) {
    self.init(name: name, type: type, chunks: [ColumnChunk.make(type: type, values: values)])
  }

  /// Number of rows.
  public var count: Int { chunkStarts[chunkStarts.count - 1] }

  /// Number of null rows.
  public var nullCount: Int { chunks.reduce(0) { $0 + $1.nullCount } }

  /// Which chunk holds `row`, and the row's index inside it.
  @inlinable public func locate(_ row: Int) -> (chunk: Int, index: Int) {
    var lo = 0, hi = chunks.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if chunkStarts[mid] <= row { lo = mid } else { hi = mid - 1 }
    }
    return (lo, row - chunkStarts[lo])
  }

  /// Row `row` as a `Value`.
  public subscript(row: Int) -> Value {
    let (c, i) = locate(row)
    return chunks[c].value(at: i)
  }

  /// A value of this column as a person reads it: `Value.description`, but a double of a column
  /// with declared decimal places written with them (`NumberFormatting.written`).
  public func text(of value: Value) -> String { value.text(decimalPlaces: decimalPlaces) }

  /// Row `row` as a double, or nil when null or not numeric.
  public func double(at row: Int) -> Double? {
    let (c, i) = locate(row)
    return chunks[c].double(at: i)
  }

  /// The zone form of a timestamp column's values; nil for other types.
  public var timeZone: TimeZoneForm? {
    guard type == .timestamp else { return nil }
    for chunk in chunks { if case .timestamp(_, let zone) = chunk.values { return zone } }
    return .naive
  }

  /// Calls `body` with every non-null value of a numeric column, in row order.
  public func forEachDouble(_ body: (Double) -> Void) {
    for chunk in chunks {
      switch chunk.values {
      case .double(let a):
        if let v = chunk.validity {
          for i in 0..<a.count where v.isValid(i) { body(a[i]) }
        } else {
          for x in a { body(x) }
        }
      case .int, .date, .timestamp, .duration, .bool:
        for i in 0..<chunk.count { if let x = chunk.double(at: i) { body(x) } }
      case .string:
        return
      }
    }
  }

  /// Appends chunks of the same type (used while loading).
  public mutating func append(_ newChunks: [ColumnChunk]) {
    for chunk in newChunks {
      precondition(chunk.values.type == type, "chunk type must match the column type")
      chunks.append(chunk)
      chunkStarts.append(chunkStarts[chunkStarts.count - 1] + chunk.count)
    }
    chunks = ColumnChunk.sharingZone(chunks)
  }
}

extension ColumnChunk {
  /// A chunk of `type` from values; a value of another type is converted where exact, else null.
  public static func make(type: ColumnType, values: [Value]) -> ColumnChunk {
    var validity = ValidityBitmap(count: values.count, allValid: true)
    for (i, v) in values.enumerated() where v.isNull { validity.set(i, valid: false) }
    let hasNulls = validity.nullCount > 0
    let stored: ChunkValues
    switch type {
    case .bool:
      stored = .bool(values.map { if case .bool(let b) = $0 { return b } else { return false } })
    case .int:
      stored = .int(values.map { if case .int(let x) = $0 { return x } else { return 0 } })
    case .double:
      stored = .double(values.map { $0.doubleValue ?? 0 })
    case .date:
      stored = .date(values.map { if case .date(let d) = $0 { return d } else { return 0 } })
    case .timestamp:
      let times = values.compactMap { if case .timestamp(let t) = $0 { t } else { nil } }
      let zone = times.dropFirst().reduce(times.first?.zone ?? .naive) { $0.merged($1.zone) }
      stored = .timestamp(
        values.map { if case .timestamp(let t) = $0 { return t.microseconds } else { return 0 } }, zone)
    case .duration:
      stored = .duration(values.map { if case .duration(let d) = $0 { return d } else { return 0 } })
    case .string:
      var bytes: [UInt8] = []
      var offsets: [UInt32] = [0]
      for v in values {
        if !v.isNull { bytes.append(contentsOf: v.description.utf8) }
        offsets.append(UInt32(bytes.count))
      }
      stored = .string(.packed(bytes: bytes, offsets: offsets))
    }
    return ColumnChunk(values: stored, validity: hasNulls ? validity : nil)
  }
}

extension ColumnChunk {
  /// The chunks with one zone form: their own when they agree, else UTC (other types unchanged).
  static func sharingZone(_ chunks: [ColumnChunk]) -> [ColumnChunk] {
    var shared: TimeZoneForm?
    var agree = true
    for chunk in chunks {
      guard case .timestamp(_, let zone) = chunk.values else { return chunks }
      agree = agree && (shared == nil || shared == zone)
      shared = shared ?? zone
    }
    guard !agree else { return chunks }
    return chunks.map { $0.shown(in: .utc) }
  }

  /// A timestamp chunk shown in `zone` (the same instants); other chunks unchanged.
  public func shown(in zone: TimeZoneForm) -> ColumnChunk {
    guard case .timestamp(let micros, _) = values else { return self }
    return ColumnChunk(values: .timestamp(micros, zone), validity: validity)
  }
}
