#if canImport(Glibc)
  import Glibc
#endif

/// Large arrays backed by 2 MiB pages where the kernel allows it: gathering and sorting read and
/// write them at random rows, and with 4 KiB pages the address translations, not the memory
/// accesses, become the bottleneck.
public enum HugePageArrays {
  private static let pageSize = 2 << 20

  /// An array of `count` elements that `initialize` fills, returning how many it initialized
  /// (at most `count`). Buffers of a few pages or more are advised to use huge pages first.
  static func make<T>(count: Int, _ initialize: (UnsafeMutableBufferPointer<T>) -> Int) -> [T] {
    [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count * MemoryLayout<T>.stride >= 2 * pageSize { advise(buffer) }
      initialized = initialize(buffer)
    }
  }

  /// Advises huge pages for the 2 MiB-aligned interior of an untouched buffer; a no-op where
  /// transparent huge pages are unavailable.
  public static func advise<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
    #if os(Linux)
      guard let base = buffer.baseAddress else { return }
      let start = UInt(bitPattern: base), end = start + UInt(buffer.count * MemoryLayout<T>.stride)
      let alignedStart = (start + UInt(pageSize - 1)) & ~UInt(pageSize - 1)
      let alignedEnd = end & ~UInt(pageSize - 1)
      guard alignedEnd > alignedStart, let pointer = UnsafeMutableRawPointer(bitPattern: alignedStart) else {
        return
      }
      _ = madvise(pointer, Int(alignedEnd - alignedStart), MADV_HUGEPAGE)
    #endif
  }
}
