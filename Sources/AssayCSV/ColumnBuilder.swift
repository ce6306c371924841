import AssayCore

/// Collects one column's values for one chunk of rows, in the storage of its current kind.
/// Its buffers are freed by `deallocate()`, which the owner calls exactly once.
package struct ColumnBuilder {
  /// The kind of the values held.
  package private(set) var kind: FieldKind
  /// Rows appended so far.
  package private(set) var count = 0
  /// How the values' text was written (a `TextForm`).
  private(set) var textForm = TextForm.unset
  /// The zone of the timestamps so far: `ParsedTime.naive`, `.utc`, an offset, or `unsetZone` /
  /// `mixedZones`.
  private var zone = Self.unsetZone
  private static let unsetZone = Int32.min + 2
  private static let mixedZones = Int32.min + 3
  private var nullRows: [Int32] = []
  private var numbers: RawBuffer<UInt64>
  private var strings: StringColumnBuilder
  private let capacity: Int

  /// An empty builder for values of `kind`, with room for about `capacity` rows.
  package init(kind: FieldKind, capacity: Int) {
    self.kind = kind
    self.capacity = capacity
    numbers = RawBuffer(capacity: kind == .string || kind == .empty ? 0 : capacity)
    strings = StringColumnBuilder(expectedRows: kind == .string ? capacity : 0)
  }

  /// Frees the buffers.
  package func deallocate() {
    numbers.deallocate()
    strings.deallocate()
  }

  /// Appends a null row.
  @inline(__always)
  package mutating func appendNull() {
    nullRows.append(Int32(truncatingIfNeeded: count))
    switch kind.shape {
    case .empty: break
    case .string: strings.appendPlaceholder()
    default: numbers.append(0)
    }
    count += 1
  }

  /// Records the text form of the value just appended.
  @inline(__always)
  mutating func note(form: UInt8) {
    textForm = TextForm.merged(textForm, form)
  }

  /// Appends an integer (the kind must be `.int`).
  @inline(__always)
  package mutating func append(int value: Int64) {
    numbers.append(UInt64(bitPattern: value))
    count += 1
  }

  /// Appends a double (the kind must be `.double`).
  @inline(__always)
  package mutating func append(double value: Double) {
    numbers.append(value.bitPattern)
    count += 1
  }

  /// Appends a date (the kind must be `.date`).
  @inline(__always)
  package mutating func append(days value: Int32) {
    numbers.append(UInt64(UInt32(bitPattern: value)))
    count += 1
  }

  /// Appends a timestamp (the kind must be a timestamp), noting its zone.
  @inline(__always)
  package mutating func append(time: ParsedTime) {
    numbers.append(UInt64(bitPattern: time.micros))
    if time.zone != zone { zone = zone == Self.unsetZone ? time.zone : Self.mixedZones }
    count += 1
  }

  /// Appends a boolean (the kind must be `.bool`).
  @inline(__always)
  package mutating func append(bool value: Bool) {
    numbers.append(value ? 1 : 0)
    count += 1
  }

  /// Appends text (the kind must be `.string`); returns the index of a bad byte in it, if any.
  /// `isPlainASCII` says the caller has seen that the bytes are ASCII without NUL.
  @inline(__always)
  package mutating func append(text p: UnsafePointer<UInt8>, _ length: Int, isPlainASCII: Bool = false)
    -> Int?
  {
    if let problem = strings.append(p, length, isPlainASCII: isPlainASCII) { return problem }
    count += 1
    return nil
  }

  /// Changes kind where the values so far carry over: from `.empty` (all null) to anything,
  /// from `.int` to `.double`, and from dates to timestamps in the same form (a date is its
  /// midnight). Returns false when the values would have to be re-read.
  package mutating func widen(to newKind: FieldKind) -> Bool {
    if newKind == kind { return true }
    if kind.shape == .date, newKind == FieldKind(.timestamp, kind.time) {
      for index in 0..<numbers.count {
        let days = Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: numbers[index])))
        numbers.base[index] = UInt64(bitPattern: days * TimeText.microsPerDay)
      }
      zone = zone == Self.unsetZone && count > nullRows.count ? ParsedTime.naive : zone
      kind = newKind
      return true
    }
    switch (kind, newKind) {
    case (.empty, _):
      let nulls = count
      deallocate()
      self = ColumnBuilder(kind: newKind, capacity: capacity)
      for _ in 0..<nulls { appendNull() }
      return true
    case (.int, .double):
      for index in 0..<numbers.count {
        numbers.base[index] = Double(Int64(bitPattern: numbers[index])).bitPattern
      }
      kind = .double
      return true
    default:
      return false
    }
  }

  /// The finished chunk of values (copied out; the builder still owns its buffers).
  package func finish() -> ColumnChunk {
    let validity: ValidityBitmap?
    if nullRows.isEmpty {
      validity = nil
    } else {
      var bitmap = ValidityBitmap(count: count, allValid: true)
      for row in nullRows { bitmap.set(Int(row), valid: false) }
      validity = bitmap
    }
    let stored = UnsafeBufferPointer(start: numbers.base, count: numbers.count)
    let values: ChunkValues
    switch kind.shape {
    case .int: values = .int(Self.copy(stored, as: Int64.self))
    case .timestamp: values = .timestamp(Self.copy(stored, as: Int64.self), zoneForm)
    case .double: values = .double(Self.copy(stored, as: Double.self))
    case .date:
      values = .date(
        filledArray(count: stored.count) { target in
          for index in stored.indices {
            target[index] = Int32(bitPattern: UInt32(truncatingIfNeeded: stored[index]))
          }
        })
    case .bool:
      values = .bool(
        filledArray(count: stored.count) { target in
          for index in stored.indices { target[index] = stored[index] != 0 }
        })
    case .string: values = .string(strings.finish())
    case .empty:
      var placeholders = StringColumnBuilder(expectedRows: count)
      for _ in 0..<count { placeholders.appendPlaceholder() }
      values = .string(placeholders.finish())
      placeholders.deallocate()
    }
    return ColumnChunk(values: values, validity: validity)
  }

  /// How the timestamps are shown: their one zone form, UTC when they gave several, naive when none.
  private var zoneForm: TimeZoneForm {
    switch zone {
    case ParsedTime.naive, Self.unsetZone: return .naive
    case ParsedTime.utc, Self.mixedZones: return .utc
    default: return .offset(zone)
    }
  }

  /// The 64-bit values reinterpreted as another 64-bit type, copied in one go.
  private static func copy<T: BitwiseCopyable>(_ stored: UnsafeBufferPointer<UInt64>, as _: T.Type) -> [T] {
    filledArray(count: stored.count) { target in
      if let source = stored.baseAddress {
        UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: stored.count * 8)
      }
    }
  }
}

extension ColumnChunk {
  /// An int chunk as doubles, a date chunk as timestamps, or an all-null chunk as nulls of `kind`.
  package func widened(to kind: FieldKind) -> ColumnChunk {
    if case .int(let ints) = values {
      return ColumnChunk(values: .double(ints.map { Double($0) }), validity: validity)
    }
    if case .date(let days) = values {
      return ColumnChunk(
        values: .timestamp(days.map { Int64($0) * TimeText.microsPerDay }, .naive), validity: validity)
    }
    var builder = ColumnBuilder(kind: kind, capacity: count)
    defer { builder.deallocate() }
    for _ in 0..<count { builder.appendNull() }
    return builder.finish()
  }
}
