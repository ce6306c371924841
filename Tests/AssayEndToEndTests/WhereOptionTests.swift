import Foundation
import Testing

/// `--where` keeps the rows a filter holds for, whatever the source: a CSV file filtered once
/// loaded, a Parquet file that skips the row groups its statistics rule out, and a database that
/// filters in its SQL all give what the filtered rows alone give.
struct WhereOptionTests {
  @Test func aFilteredSourceDescribesAsItsFilteredRows() throws {
    let folder = NSTemporaryDirectory() + "assay-where-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try AssayProcess.run(
      [
        "-c",
        """
        "$0" --batch sampledata/penguins.csv -o '\(folder)/p.parquet' && \
        head -n 1 sampledata/penguins.csv > '\(folder)/adelie.csv' && \
        grep '^Adelie,' sampledata/penguins.csv >> '\(folder)/adelie.csv' && \
        python3 -c "import sqlite3, csv, sys
        db = sqlite3.connect(sys.argv[1]); rows = list(csv.reader(open('sampledata/penguins.csv')))
        db.execute('create table p (' + ', '.join('\\"%s\\"' % c for c in rows[0]) + ')')
        db.executemany('insert into p values (' + ','.join('?' * len(rows[0])) + ')', [[v or None for v in r] for r in rows[1:]])
        db.commit()" '\(folder)/p.db'
        """, AssayProcess.binary,
      ], executable: "/bin/sh")
    #expect(made.status == 0, "\(made.stderr)")
    let expected = try AssayProcess.run(["freq", folder + "/adelie.csv", "--column", "island"])
    #expect(expected.status == 0 && expected.stdout.contains("Torgersen"))
    for source in ["sampledata/penguins.csv", folder + "/p.parquet", "sqlite:\(folder)/p.db?table=p"] {
      let filtered = try AssayProcess.run([
        "freq", source, "--column", "island", "--where", "species == 'Adelie'",
      ])
      #expect(
        filtered.status == 0 && filtered.stdout == expected.stdout,
        "\(source): \(filtered.stderr)\(filtered.stdout)")
    }
    let bad = try AssayProcess.run(["describe", "sampledata/penguins.csv", "--where", "wingspan > 3"])
    #expect(bad.status != 0 && bad.stderr.contains("wingspan"), "\(bad.stderr)")
  }
}
