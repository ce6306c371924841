import AssayTestSupport
import Foundation
import Testing

/// The Seattle weather sample writes its dates `2012/01/01`: they are read as dates, and charts over
/// them tick the calendar; resampled series equal pandas' (`resample("YS").sum()`, `("MS").mean()`).
@Suite("charts of the weather over its dates") struct WeatherChartTests {
  static let weather = "sampledata/seattle-weather.csv"

  @Test func slashDatesAreDates() throws {
    let schema = try AssayProcess.run(["schema", Self.weather])
    #expect(schema.stdout.contains("date           date"), "\(schema.stdout)")
  }

  @Test(arguments: [(60, 15, "never"), (100, 30, "never"), (60, 15, "always"), (100, 30, "always")])
  func aLineOverTheDatesTicksYearsAndMonths(width: Int, height: Int, color: String) throws {
    let result = try AssayProcess.run([
      "chart", "line", Self.weather, "--x", "date", "--y", "temp_max", "--width", "\(width)", "--height",
      "\(height)", "--canvas", "braille", "--color", color,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let plain = color == "never"
    #expect(!plain || result.stdout.contains("2013"), "years on the axis: \(result.stdout)")
    assertGolden(result.stdout, named: "chart-line-weather-\(width)x\(height)\(plain ? "" : "-ansi").txt")
  }

  @Test func yearlyRainfallAndMonthlyMeansEqualPandas() throws {
    let yearly = try AssayProcess.run([
      "chart", "line", Self.weather, "--x", "date", "--y", "precipitation", "--every", "1Y", "--agg", "sum",
      "--format", "csv",
    ])
    #expect(yearly.status == 0, "\(yearly.stderr)")
    #expect(
      yearly.stdout
        == "period,sum_precipitation\n2012-01-01,1226\n2013-01-01,828\n2014-01-01,1232.8\n2015-01-01,1139.2\n"
    )
    let monthly = try AssayProcess.run([
      "chart", "line", Self.weather, "--x", "date", "--y", "temp_max", "--every", "1M", "--format", "csv",
    ])
    let lines = monthly.stdout.split(separator: "\n")
    #expect(lines.count == 49)
    #expect(lines[1] == "2012-01-01,7.05483870967742")
    #expect(lines[2] == "2012-02-01,9.275862068965518")
  }

  @Test func frequencyByYearCountsEveryDay() throws {
    let result = try AssayProcess.run(["freq", Self.weather, "-c", "date", "--by", "year", "--format", "csv"])
    #expect(result.stdout.hasPrefix("date year,count,percent,cumulative\n2012,366,"), "\(result.stdout)")
  }
}
