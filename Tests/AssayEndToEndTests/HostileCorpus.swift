import Foundation

/// One hostile input: how to make it, the column to chart, and what Assay must do with it.
struct HostileInput: Sendable, CustomStringConvertible {
  /// The file name (its extension picks the reader).
  let name: String
  /// The numeric column `chart histogram` bins.
  var column = "n"
  /// Text of the one-line error the input must get, or nil when it must load.
  var refusal: String? = nil
  /// False when the problem lies in a column `chart histogram` does not read, so the chart works.
  var chartRefuses = true
  /// Environment additions for the run.
  var environment: [String: String] = [:]
  /// Writes the input to a path; nil for a fixed path such as a device.
  var write: (@Sendable (String) throws -> Void)?
  /// The fixed path, when `write` is nil.
  var fixedPath: String? = nil

  var description: String { name }
}

/// Inputs meant to crash, hang, flood memory or take over the terminal, generated on demand into
/// a temporary folder (the large ones take a second or two to write and are deleted after use).
/// The sizes prove each point in seconds; `Benchmarks/hostile_memory.sh` runs the full sizes.
enum HostileCorpus {
  static let escapes = "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[10;10H\u{1B}[2J\u{1B}[H"

  /// Every input of the corpus.
  static let all: [HostileInput] = [
    HostileInput(name: "escapes.csv") { path in
      let header = "n,\"title\u{1B}]0;pwned\u{07}\",\"clip\u{1B}]52;c;cHduZWQ=\u{07}\"\n"
      let rows = (1...50).map { "\($0),\"a\(escapes)b\",\"\u{1B}[31mred\u{1B}[0m\u{9B}2J\"\n" }
      try write(header + rows.joined(), to: path)
    },
    HostileInput(name: "bidi.csv") { path in
      let marks = ["\u{202E}", "\u{200B}", "\u{200D}", "\u{2066}", "\u{FEFF}", "\u{200F}"]
      let rows = (1...50).map { "\($0),x\(marks[$0 % marks.count])gnp.exe,\u{202E}\(marks[$0 % 3])\n" }
      try write("n,file\u{202E}name,note\u{200B}\n" + rows.joined(), to: path)
    },
    HostileInput(name: "wide.csv", column: "c9999") { path in
      let header = (0..<10_000).map { "c\($0)" }.joined(separator: ",") + "\n"
      let row = { (r: Int) in (0..<10_000).map { String($0 * r) }.joined(separator: ",") + "\n" }
      // One data row: describing 10,000 columns of several rows takes seconds in a debug build.
      try write(header + row(1), to: path)
    },
    HostileInput(name: "long-line.csv", refusal: "the first row runs past 64 MiB") { path in
      try repeating("x", megabytes: 100, to: path)
    },
    HostileInput(name: "quoted-field.csv") { path in
      try repeating("\"\"", megabytes: 4, to: path, prefix: "n,q\n1,\"", suffix: "\"\n2,x\n")
    },
    HostileInput(name: "utf8-boundaries.csv") { path in
      try write(utf8AcrossBoundaries(invalid: false), to: path)
    },
    HostileInput(name: "utf8-invalid.csv", refusal: "invalid UTF-8 in a field", chartRefuses: false) { path in
      try write(utf8AcrossBoundaries(invalid: true), to: path)
    },
    HostileInput(name: "utf8-invalid.csv.gz", refusal: "invalid UTF-8 in a field", chartRefuses: false) {
      path in
      try gzip(utf8AcrossBoundaries(invalid: true), to: path)
    },
    HostileInput(
      name: "bomb.csv.gz", column: "column1", refusal: "passed the memory limit of 64 MiB",
      environment: ["ASSAY_MEMORY_LIMIT": "64M"]
    ) { path in try gzipBomb(to: path) },
    HostileInput(name: "zero", refusal: "a device", fixedPath: "/dev/zero"),
  ]

  /// The input's path, written into `folder` first unless it is fixed.
  static func path(of input: HostileInput, in folder: String) throws -> String {
    if let fixed = input.fixedPath { return fixed }
    let path = folder + "/" + input.name
    try input.write?(path)
    return path
  }

  /// A fresh temporary folder for the corpus.
  static func folder() throws -> String {
    let folder = NSTemporaryDirectory() + "assay-hostile-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  private static func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  private static func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }

  /// `prefix`, then `unit` repeated to about `megabytes` MB, then `suffix`, written a block at a time.
  private static func repeating(
    _ unit: String, megabytes: Int, to path: String, prefix: String = "", suffix: String = ""
  ) throws {
    try Data(prefix.utf8).write(to: URL(fileURLWithPath: path))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    let block = Data(String(repeating: unit, count: (1 << 20) / unit.utf8.count).utf8)
    for _ in 0..<megabytes { try handle.write(contentsOf: block) }
    try handle.write(contentsOf: Data(suffix.utf8))
  }

  /// Rows of 3-byte characters (most bytes are inside one, so one straddles each buffer and
  /// chunk boundary the readers use: 64 KiB sniffing, 1 MiB reads, 4 MiB chunks); with `invalid`,
  /// the first character after the 4 MiB boundary starts with a stray 0xFF byte instead.
  static func utf8AcrossBoundaries(invalid: Bool) -> [UInt8] {
    let row = Array(String(repeating: "€", count: 48).utf8) + [UInt8(ascii: "\n")]
    var bytes = Array("n,text\n".utf8)
    var n = 0
    while bytes.count < (5 << 20) {
      n += 1
      bytes += Array("\(n),".utf8) + row
    }
    if invalid, let lead = bytes[(4 << 20)...].firstIndex(of: 0xE2) { bytes[lead] = 0xFF }
    return bytes
  }

  private static func gzip(_ bytes: [UInt8], to path: String) throws {
    let plain = path + ".plain"
    try write(bytes, to: plain)
    defer { try? FileManager.default.removeItem(atPath: plain) }
    try run("gzip -c \"$1\" > \"$2\"", plain, path)
  }

  /// A gzip file that inflates to 1 GiB of `1,2` rows from about a megabyte: one 4 MiB member,
  /// repeated (several members in a row are one valid gzip stream).
  private static func gzipBomb(to path: String) throws {
    try run(
      "yes 1,2 | head -c 4194304 | gzip -9 > \"$1.m\"; for i in $(seq 256); do cat \"$1.m\"; done > \"$1\"; rm \"$1.m\"",
      path)
  }

  private static func run(_ script: String, _ arguments: String...) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script, "corpus"] + arguments
    try process.run()
    process.waitUntilExit()
  }
}
