import Foundation

extension AssayProcess {
  /// Runs `assay` with `arguments` under a Python parent that reads the kernel's account of its
  /// child: what it printed and how it ended, with its peak resident memory in kilobytes.
  static func runMeasuringPeakMemory(_ arguments: [String]) throws -> (result: Result, peakKilobytes: Int) {
    let program = """
      import resource, subprocess, sys
      run = subprocess.run(sys.argv[1:], capture_output=True)
      sys.stdout.buffer.write(run.stdout)
      sys.stderr.buffer.write(run.stderr)
      sys.stderr.write("\\npeak-kilobytes %d" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
      sys.exit(run.returncode)
      """
    var result = try run(["python3", "-c", program, binary] + arguments, executable: "/usr/bin/env")
    guard let marker = result.stderr.range(of: "\npeak-kilobytes ", options: .backwards) else {
      return (result, -1)
    }
    let peak = Int(result.stderr[marker.upperBound...]) ?? -1
    result.stderr = String(result.stderr[..<marker.lowerBound])
    return (result, peak)
  }
}
