import AssayCore
import Foundation
import Synchronization
import Testing

@testable import AssayUI

/// Ctrl-C on a job stops its computation, and a running job's progress reaches the status line.
@Suite struct JobMailboxTests {
  /// What a job's computation saw: how many rounds it ran and whether it ended because it was stopped.
  final class Observed: Sendable {
    private let roundCount = Atomic<Int>(0)
    private let stopSeen = Atomic<Bool>(false)

    /// Rounds of work done so far.
    var rounds: Int { roundCount.load(ordering: .relaxed) }
    /// True once the computation ended because its monitor was stopped.
    var endedByStop: Bool { stopSeen.load(ordering: .relaxed) }

    func countRound() { roundCount.add(1, ordering: .relaxed) }
    func noteStop() { stopSeen.store(true, ordering: .relaxed) }
  }

  /// A job that reports 45 of 100 rows, then works in rounds until its monitor is stopped.
  static func endlessJob(_ observed: Observed) -> Job {
    Job(title: "crunching") { monitor in
      monitor.expect(rows: 100)
      monitor.advance(rows: 45)
      while !monitor.isStopped { observed.countRound() }
      observed.noteStop()
      return { $0.message = StatusMessage("never applied") }
    }
  }

  /// Polls `condition` until it holds (or about ten seconds pass); true when it held.
  static func eventually(_ condition: () -> Bool) -> Bool {
    for _ in 0..<1000 {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return condition()
  }

  @Test func abandoningAJobStopsItsComputationAndDropsItsResult() {
    let observed = Observed()
    let mailbox = JobMailbox()
    mailbox.start(Self.endlessJob(observed))
    #expect(Self.eventually { observed.rounds > 0 }, "the job runs")
    #expect(!observed.endedByStop)
    mailbox.abandon()
    #expect(Self.eventually { observed.endedByStop }, "the computation ends")
    #expect(mailbox.take() == nil, "and its result is dropped")
  }

  @Test func aRunningJobShowsItsProgressAndANewJobStopsTheOldOne() {
    let first = Observed(), second = Observed()
    let mailbox = JobMailbox()
    #expect(mailbox.titleWithProgress() == nil)
    mailbox.start(Self.endlessJob(first))
    #expect(Self.eventually { mailbox.titleWithProgress() == "crunching  45%" })
    mailbox.start(Self.endlessJob(second))
    #expect(Self.eventually { first.endedByStop }, "the older job stops")
    mailbox.abandon()
    #expect(Self.eventually { second.endedByStop })
    #expect(mailbox.titleWithProgress() == nil)
  }

  @Test func ctrlCOnASortingJobStopsItsSort() throws {
    var state = Fixtures.state()
    guard case .startJob(let job) = update(state: &state, event: .key(.character("]"))).first else {
      Issue.record("sorting runs as a job")
      return
    }
    let monitor = WorkMonitor()
    monitor.stop()
    #expect(throws: CancellationError.self) { try job.work(monitor) }
    #expect(monitor.rowsDone == 0, "a stopped sort does no work")
    let finished = WorkMonitor()
    _ = try job.work(finished)
    #expect(finished.fractionDone == 1, "a finished sort reports all its rows")
  }
}
