import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import Foundation

/// `assay project`: feature-space projections drawn as scatter plots.
struct ProjectCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "project",
    abstract: "Project numeric columns into two dimensions (PCA or t-SNE) and draw the points.",
    discussion: """
      Columns are standardised (z-scores) unless --no-standardize; rows missing a number in any
      chosen column are left out and counted in the footer.

      Examples:
        assay project pca sampledata/iris.csv --color-by species
        assay project pca sampledata/iris.csv --color-by species --scree
        assay project tsne sampledata/wine.csv --color-by cultivar --seed 7
        assay project pca data.csv --columns a,b,c --output-coordinates coords.csv
      """,
    subcommands: [PCACommand.self, TSNECommand.self])
}

/// `assay project pca`: principal components.
struct PCACommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pca",
    abstract: "Draw the rows on their first two principal components.",
    discussion: """
      The axes name the components with their share of the variance, e.g. PC1 (73.0%). --scree
      prints, under the chart, a table of every component's variance, share and cumulative share
      with a bar per component. --components sets how many components the coordinates file holds.

      Examples:
        assay project pca sampledata/iris.csv --color-by species
        assay project pca sampledata/iris.csv --color-by species --scree --width 100 --height 30
        assay project pca data.csv --columns a,b,c,d --components 3 --output-coordinates pcs.csv
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var options: ProjectArguments

  @Option(help: "Components to compute, 2 or more; the chart draws the first two.")
  var components = 2

  @Flag(help: "Print the explained variance of every component under the chart.")
  var scree = false

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  func run() async throws {
    guard components >= 2 else { throw ValidationError("--components must be at least 2 to draw a chart") }
    let (width, height) = try size.resolved()
    let printing = ProjectionPrinting(style: style, output: output)
    try await reportingFailures {
      var spec = try options.spec(.pca)
      spec.components = components
      spec.everyComponent = scree
      let loaded = try await ProjectionSource.loaded(source, columns: options.columnsToLoad)
      defer { explain.report(loaded) }  // also when the projection fails
      let input = try ProjectionSource(
        loaded, limit: ChartPrinting.databaseSample, seed: 0, complete: spec.columns, label: spec.label)
      let table = input.table
      var projection = try spec.project(table, aggregates: input.aggregates)
      projection.sampledFrom = input.sampledFrom
      projection.droppedRows += input.incomplete
      let chart = ProjectionChart(
        coordinates: projection.coordinates, dimensions: projection.dimensions,
        labels: projection.classes(in: table, label: spec.label),
        decorations: printing.decorations(method: "PCA", table: table, axes: projection.axes),
        canvas: style.canvasKind(), notes: projection.notes,
        skipped: SkippedRows(nulls: projection.droppedRows), sampledFrom: projection.sampledFrom)
      var grids = [chart.render(width: width, height: height)]
      if scree {
        let table = ProjectionScree(
          variances: projection.explainedVariance, ratios: projection.explainedVarianceRatio)
        grids.append(table.render(width: width, height: table.height))
      }
      if let path = options.outputCoordinates {
        let kept = Self.firstComponents(
          components, of: projection.coordinates, computed: projection.dimensions)
        try ProjectedCoordinates(componentNames: (1...components).map { "pc\($0)" }, coordinates: kept)
          .write(to: path, projection: projection, label: spec.label, table: table)
      }
      try printing.emit(grids)
    }
  }

  /// The first `count` of every row's `computed` coordinates.
  static func firstComponents(_ count: Int, of coordinates: [Double], computed: Int) -> [Double] {
    guard count < computed else { return coordinates }
    let rows = coordinates.count / computed
    return (0..<rows).flatMap { coordinates[($0 * computed)..<($0 * computed + count)] }
  }
}

/// `assay project tsne`: t-distributed stochastic neighbour embedding.
struct TSNECommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tsne",
    abstract: "Draw the rows where t-SNE places them, near rows that are alike.",
    discussion: """
      Barnes–Hut t-SNE with scikit-learn's schedule, started from PCA; the same input, perplexity
      and seed draw the same picture. Sources with more rows than --sample are embedded from a
      seeded uniform sample of rows, and the footer says so. When standard error is a terminal the
      iteration and KL divergence are shown as it runs; Ctrl-C stops the run and writes nothing.

      Examples:
        assay project tsne sampledata/wine.csv --color-by cultivar
        assay project tsne sampledata/digits.csv --color-by digit --perplexity 40 --seed 3
        assay project tsne big.csv --columns a,b,c,d --sample 5000 --output-coordinates tsne.csv
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var options: ProjectArguments

  @Option(help: "The effective number of neighbours of each point, usually 5 to 50.")
  var perplexity = 30.0

  @Option(help: "Seed of the random sample of rows, when the source has more than --sample.")
  var seed: UInt64 = 0

  @Option(help: "Iterations of gradient descent, the first 250 with early exaggeration.")
  var iterations = 1000

  @Option(help: "Embed a seeded sample of this many rows when there are more.")
  var sample = 20_000

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  func run() async throws {
    guard sample >= 2 else { throw ValidationError("--sample must be at least 2") }
    let (width, height) = try size.resolved()
    let printing = ProjectionPrinting(style: style, output: output)
    try await reportingFailures {
      let spec = try self.spec()
      let loaded = try await ProjectionSource.loaded(source, columns: options.columnsToLoad)
      defer { explain.report(loaded) }  // also when the projection fails
      let input = try ProjectionSource(
        loaded, limit: spec.sampleLimit, seed: spec.seed, complete: spec.columns, label: spec.label)
      let table = input.table
      var projection = try embed(spec, input)
      projection.sampledFrom = input.sampledFrom ?? projection.sampledFrom
      projection.droppedRows += input.incomplete
      let chart = ProjectionChart(
        coordinates: projection.coordinates, dimensions: 2,
        labels: projection.classes(in: table, label: spec.label),
        decorations: printing.decorations(method: "t-SNE", table: table, axes: projection.axes),
        canvas: style.canvasKind(), notes: projection.notes,
        skipped: SkippedRows(nulls: projection.droppedRows),
        sampledFrom: projection.sampledFrom)
      if let path = options.outputCoordinates {
        try ProjectedCoordinates(componentNames: ["tsne1", "tsne2"], coordinates: projection.coordinates)
          .write(to: path, projection: projection, label: spec.label, table: table)
      }
      try printing.emit([chart.render(width: width, height: height)])
    }
  }

  /// The projection the options ask for.
  func spec() throws -> ProjectionSpec {
    var spec = try options.spec(.tsne)
    spec.perplexity = perplexity
    spec.iterations = iterations
    spec.seed = seed
    spec.sampleLimit = sample
    return spec
  }

  /// Runs t-SNE over the rows of `input`, sampled by its aggregates, with progress on
  /// standard error; Ctrl-C ends the command with status 130.
  func embed(_ spec: ProjectionSpec, _ input: ProjectionSource) throws -> Projection {
    let progress = ProjectionProgress(enabled: isatty(STDERR_FILENO) == 1)
    defer { progress.finish() }
    do {
      return try spec.project(input.table, aggregates: input.aggregates) { report, _ in
        progress.report(report)
      }
    } catch is CancellationError {
      progress.finish()
      FileHandle.standardError.write(Data("assay: t-SNE stopped by Ctrl-C; nothing was written\n".utf8))
      throw ExitCode(130)
    }
  }
}
