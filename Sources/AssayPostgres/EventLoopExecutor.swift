import PostgresNIO

/// Runs a session's reading task on the event loop its connection reads the socket on, rather than
/// on Swift's shared pool: that pool has one thread per core, and threads waiting synchronously
/// (Assay's callers of `run`, a test runner's tests) could leave no thread to read the rows with.
@available(macOS 15.0, *)
final class EventLoopExecutor: TaskExecutor {
  private let eventLoop: any EventLoop

  /// An executor that runs jobs on `eventLoop`.
  init(_ eventLoop: any EventLoop) { self.eventLoop = eventLoop }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}
