import AssayCore
import Foundation

/// Turns the fault of reading a mapped file that shrank while it was read (`SIGBUS`) into a
/// flag instead of the end of the program: a handler, installed once, maps a page of zeros over
/// the faulting page of a registered mapping and marks that mapping; the reader carries on over
/// the zeros and its owner then reports the file as changed. Faults anywhere else go to the
/// handler that was there before. Reads that do not fault cost nothing extra.
enum MappingFaults {
  /// How many mappings can be watched at once (more are simply not watched).
  private static let capacity = 64
  /// Per slot: start address, end address, and 1 once a page of it was replaced. Written under
  /// `lock`; read by the signal handler, which only runs on a thread reading a registered range.
  nonisolated(unsafe) private static let slots = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 3)
  nonisolated(unsafe) private static var previous = sigaction()
  private static let lock = NSLock()
  private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  private static let installed: Void = {
    slots.initialize(repeating: 0, count: capacity * 3)
    _ = pageSize  // set up now: the handler must not run lazy initialisers
    var action = sigaction()
    action.__sigaction_handler.sa_sigaction = { signal, info, context in
      MappingFaults.handle(signal, info, context)
    }
    action.sa_flags = SA_SIGINFO
    sigemptyset(&action.sa_mask)
    sigaction(SIGBUS, &action, &previous)
  }()

  /// Watches `start..<start + count`; returns the slot to pass to `wasTruncated` and `unwatch`.
  static func watch(_ start: UnsafeRawPointer, count: Int) -> Int? {
    _ = installed
    return lock.withLock {
      guard let slot = (0..<capacity).first(where: { slots[$0 * 3 + 1] == 0 }) else { return nil }
      slots[slot * 3] = Int(bitPattern: start)
      slots[slot * 3 + 2] = 0
      slots[slot * 3 + 1] = Int(bitPattern: start) + count
      return slot
    }
  }

  /// True when a read of the slot's mapping faulted because the file had shrunk.
  static func wasTruncated(_ slot: Int) -> Bool { lock.withLock { slots[slot * 3 + 2] != 0 } }

  /// Stops watching a slot (before its mapping is removed).
  static func unwatch(_ slot: Int) {
    lock.withLock {
      slots[slot * 3 + 1] = 0
      slots[slot * 3] = 0
    }
  }

  private static func handle(
    _ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
  ) {
    let address = Int(bitPattern: info?.pointee._sifields._sigfault.si_addr)
    for slot in 0..<capacity where slots[slot * 3] <= address && address < slots[slot * 3 + 1] {
      let page = UnsafeMutableRawPointer(bitPattern: address / pageSize * pageSize)
      let zeros = mmap(page, pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
      if zeros != MAP_FAILED {
        slots[slot * 3 + 2] = 1
        return
      }
    }
    // Not ours: the previous handler (or the default action) takes the fault when it recurs.
    sigaction(SIGBUS, &previous, nil)
  }
}
