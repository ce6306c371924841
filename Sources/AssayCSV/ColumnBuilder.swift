import AssayCore

/// Collects one column's values for one chunk of rows, in the storage of its current kind.
struct ColumnBuilder {
  /// The kind of the values held.
  private(set) var kind: FieldKind
  /// Rows appended so far.
  private(set) var count = 0
  private var nullRows: [Int32] = []
  private var ints: [Int64] = []
  private var doubles: [Double] = []
  private var days: [Int32] = []
  private var bools: [Bool] = []
  private var strings = StringColumnBuilder()

  /// An empty builder for values of `kind`, with room for about `capacity` rows.
  init(kind: FieldKind, capacity: Int) {
    self.kind = kind
    switch kind {
    case .int: ints.reserveCapacity(capacity)
    case .double: doubles.reserveCapacity(capacity)
    case .date: days.reserveCapacity(capacity)
    case .bool: bools.reserveCapacity(capacity)
    case .empty, .string: break
    }
    strings.expectedRows = capacity
  }

  /// Appends a null row.
  @inline(__always)
  mutating func appendNull() {
    nullRows.append(Int32(truncatingIfNeeded: count))
    switch kind {
    case .empty: break
    case .int: ints.append(0)
    case .double: doubles.append(0)
    case .date: days.append(0)
    case .bool: bools.append(false)
    case .string: strings.appendPlaceholder()
    }
    count += 1
  }

  /// Appends an integer (the kind must be `.int`).
  @inline(__always)
  mutating func append(int value: Int64) {
    ints.append(value)
    count += 1
  }

  /// Appends a double (the kind must be `.double`).
  @inline(__always)
  mutating func append(double value: Double) {
    doubles.append(value)
    count += 1
  }

  /// Appends a date (the kind must be `.date`).
  @inline(__always)
  mutating func append(days value: Int32) {
    days.append(value)
    count += 1
  }

  /// Appends a boolean (the kind must be `.bool`).
  @inline(__always)
  mutating func append(bool value: Bool) {
    bools.append(value)
    count += 1
  }

  /// Appends text (the kind must be `.string`); returns the index of a bad byte in it, if any.
  @inline(__always)
  mutating func append(text p: UnsafePointer<UInt8>, _ length: Int) -> Int? {
    if let problem = strings.append(p, length) { return problem }
    count += 1
    return nil
  }

  /// Changes kind where the values so far carry over: from `.empty` (all null) to anything,
  /// and from `.int` to `.double`. Returns false when the values would have to be re-read.
  mutating func widen(to newKind: FieldKind) -> Bool {
    if newKind == kind { return true }
    switch (kind, newKind) {
    case (.empty, _):
      kind = newKind
      let nulls = count
      count = 0
      nullRows = []
      for _ in 0..<nulls { appendNull() }
      return true
    case (.int, .double):
      doubles = ints.map { Double($0) }
      ints = []
      kind = .double
      return true
    default:
      return false
    }
  }

  /// The finished chunk of values.
  func finish() -> ColumnChunk {
    let validity: ValidityBitmap?
    if nullRows.isEmpty {
      validity = nil
    } else {
      var bitmap = ValidityBitmap(count: count, allValid: true)
      for row in nullRows { bitmap.set(Int(row), valid: false) }
      validity = bitmap
    }
    let values: ChunkValues
    switch kind {
    case .int: values = .int(ints)
    case .double: values = .double(doubles)
    case .date: values = .date(days)
    case .bool: values = .bool(bools)
    case .string: values = .string(strings.finish())
    case .empty:
      var placeholders = StringColumnBuilder()
      for _ in 0..<count { placeholders.appendPlaceholder() }
      values = .string(placeholders.finish())
    }
    return ColumnChunk(values: values, validity: validity)
  }
}
