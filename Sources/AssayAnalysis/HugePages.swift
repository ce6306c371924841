#if canImport(Glibc)
  import Glibc
#endif

/// Asks the kernel to back large scratch buffers with 2 MiB pages: radix-sort passes scatter
/// writes across the whole buffer, and with 4 KiB pages the address translations, not the
/// writes, become the bottleneck. A no-op where transparent huge pages are unavailable.
enum HugePages {
  private static let pageSize = 2 << 20

  /// Advises huge pages for the 2 MiB-aligned interior of an untouched buffer.
  static func advise<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
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
