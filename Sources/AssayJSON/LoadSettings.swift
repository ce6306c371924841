import AssayCSV
import AssayCore

/// What every load of bytes held in memory is told: whose they are, what to keep, how to split
/// the work, and where snapshots go.
struct LoadSettings: Sendable {
  /// The table's name (also the source name in errors).
  let name: String
  /// The columns asked for, by name; nil asks for all.
  let columns: [String]?
  /// Nominal bytes per chunk.
  let chunkSize: Int
  /// Parse JSON Lines on all cores (false: one chunk after another on the calling thread).
  let parallel: Bool
  /// Snapshots and cancellation.
  let control: LoadControl
  /// Called with each parsed byte range, so a mapping can drop the pages behind it.
  let release: @Sendable (Int, Int) -> Void
  /// The zone form zone-aware timestamps are shown in, when one is asked for.
  var displayZone: TimeZoneForm? = nil

  /// The columns asked for, as a set.
  var wanted: Set<String>? { columns.map(Set.init) }
}
