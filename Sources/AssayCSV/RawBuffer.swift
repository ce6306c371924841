/// A growable buffer of plain values with an inlined append (no uniqueness check, unlike an
/// array), for the parser's hot loop. Owned by one builder; `deallocate()` frees it.
package struct RawBuffer<Element: BitwiseCopyable> {
  /// The values' storage.
  package private(set) var base: UnsafeMutablePointer<Element>
  /// Values held.
  package private(set) var count = 0
  private var capacity: Int

  /// An empty buffer with room for `capacity` values.
  package init(capacity: Int) {
    self.capacity = max(16, capacity)
    base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  /// Appends a value.
  @inline(__always)
  package mutating func append(_ value: Element) {
    if count == capacity { grow(to: capacity * 2) }
    base[count] = value
    count += 1
  }

  /// Appends `length` values from `source`.
  @inline(__always)
  package mutating func append(_ source: UnsafePointer<Element>, count length: Int) {
    if count + length > capacity { grow(to: max(capacity * 2, count + length)) }
    (base + count).update(from: source, count: length)
    count += length
  }

  /// The value at `index` (which must be below `count`).
  @inline(__always)
  subscript(index: Int) -> Element { base[index] }

  @inline(never)
  private mutating func grow(to newCapacity: Int) {
    let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }

  /// The values as an array of exactly `count` elements.
  func array() -> [Element] {
    filledArray(count: count) { $0.initialize(from: base, count: count) }
  }

  /// Frees the storage; the buffer must not be used afterwards.
  package func deallocate() { base.deallocate() }

  /// Empties the buffer, keeping its storage.
  package mutating func removeAll() { count = 0 }
}

/// An array of exactly `count` elements initialised by `fill`.
func filledArray<T: BitwiseCopyable>(count: Int, _ fill: (UnsafeMutablePointer<T>) -> Void) -> [T] {
  // With no elements the standard library hands out its one shared empty array and writes its count,
  // which ThreadSanitizer reports as a race between the threads that parse chunks.
  guard count > 0 else { return [] }
  return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
    if let target = buffer.baseAddress { fill(target) }
    initialized = count
  }
}
