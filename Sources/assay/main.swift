import AssayCSV
import AssayCore
import Foundation

let args = CommandLine.arguments
let clock = ContinuousClock()
if args.count > 2 && args[1] == "stream" {
  let start = clock.now
  let source = try CSVLoader().open(args[2], options: .init())
  var n = 0
  for try await u in source.load() {
    n += 1
    if n <= 2 || u.progress.finished {
      print("update \(n) at \(clock.now - start): rows \(u.progress.rows) bytes \(u.progress.bytesRead) finished \(u.progress.finished)")
    }
  }
} else if args[1] == "describe" || args[1] == "freq" {
  exit(2)
} else {
  let path = args[1] == "schema" ? args[2] : args[1]
  let start = clock.now
  do {
    let t = try CSVReader.read(path: path)
    let elapsed = clock.now - start
    for c in t.columns { print(c.name, c.type, c.nullCount, c.chunks.count) }
    print("rows", t.rowCount, "time", elapsed)
  } catch {
    print("error:", error)
  }
}
