import CourseTestSupport
import Experiments
import Foundation
import Testing

@testable import Literate

/// Every figure kind renders as an accessible SVG with one mark per data point or bar.
@Suite struct FigureTests {
    func svg(_ figure: Figure) -> String { SVGPlot(figure: figure, elementID: "f").render() }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func lineScatterAndHistogram() {
        let series = [
            Figure.Series("a", x: [0, 1, 2], y: [1, 4, 9]), Figure.Series("b", x: [0, 1, 2], y: [2, 2, 2]),
        ]
        let line = svg(Figure(name: "l", title: "Line <1>", kind: .line, xLabel: "x", yLabel: "y", series: series))
        // Named by the title the page prints above it, not by a second copy inside it.
        #expect(line.contains("aria-labelledby=\"f-title\"") && !line.contains("<title"))
        #expect(count("class=\"series s", in: line) == 4)  // two paths, two legend swatches
        let scatter = svg(Figure(name: "s", title: "S", kind: .scatter, xLabel: "x", yLabel: "y", series: series))
        #expect(count("<circle class=\"marker", in: scatter) == 6)
        let histogram = svg(
            Figure(name: "h", title: "H", kind: .histogram, xLabel: "x", yLabel: "n", series: [series[0]]))
        #expect(count("<rect class=\"bar s0\"", in: histogram) == 3)
    }

    @Test func barsOnALogScaleSkipNonPositiveValues() {
        let bars = svg(
            Figure(
                name: "b", title: "B", kind: .bar, xLabel: "k", yLabel: "e", yScale: .log,
                series: [Figure.Series("e", x: [], y: [1e-8, 0, 1e-3])], categories: ["p", "q", "r"]))
        #expect(count("<rect class=\"bar s0\"", in: bars) == 2)
        #expect(bars.contains(">10⁻⁸<") || bars.contains(">10⁻⁹<"))
        #expect(bars.contains(">q</text>"))
    }

    @Test func aLogXAxisSpacesPowersOfTenEvenlyAndLabelsThemPlainlyNearOne() throws {
        let line = svg(
            Figure(
                name: "w", title: "W", kind: .line, xLabel: "width", yLabel: "y", xScale: .log,
                series: [Figure.Series("a", x: [0, 1, 10, 100], y: [3, 1, 2, 3])]))
        #expect(
            line.contains(">1</text>") && line.contains(">2</text>") && line.contains(">50</text>")
                && line.contains(">100</text>"))
        // x = 0 has no place on a log axis: the path has three points.
        let path = try #require(line.split(separator: "\n").first { $0.contains("<path class=\"series s0\"") })
        #expect(count(" L", in: String(path)) == 2)
        let xAxis = Axis(covering: [1, 10, 100], scale: .log, from: 0, to: 200)
        #expect(abs(xAxis.position(10) - 100) < 1e-9)
        let scales = Axis(covering: [0.1, 0.25, 2], scale: .log, from: 0, to: 100)
        #expect(scales.low == 0.1 && scales.high == 2)
        #expect(scales.ticks.map(\.label) == ["0.1", "0.2", "0.5", "1", "2"])
        let wide = Axis(covering: [1e-6, 1], scale: .log, from: 0, to: 100)
        #expect(wide.ticks.map(\.label).contains("10⁻⁶"))
    }

    @Test func percentColumnsPrintAsPercentagesAlsoOverSeeds() throws {
        func run(_ accuracy: Double) -> ExperimentResult {
            ExperimentResult(
                values: [:],
                tables: [
                    ResultTable(
                        name: "t", title: "T", columns: ["model", "accuracy", "loss"],
                        rows: [[.string("m"), .number(accuracy), .number(0.25)]], percentColumns: [1])
                ])
        }
        let single = DataTable.html(for: try #require(run(0.9123).tables.first))
        #expect(single.contains("<td>91.2%</td><td>0.25</td>"))
        let combined = try #require(SeedFigures.tables(of: [run(0.90), run(0.92)]).first)
        #expect(combined.rows[0][1] == .string("91.0%\u{A0}±\u{A0}1.4%"))
        #expect(DataTable.html(for: combined).contains("<td>0.25</td>"))
    }

    @Test func heatmapMergesRunsOfEqualCells() {
        let grid = Figure.Grid(
            values: [[0, 0, 1], [1, 1, 1]], xRange: 0...3, yRange: 0...2, classNames: ["zero", "one"])
        let heatmap = svg(
            Figure(
                name: "r", title: "R", kind: .heatmap, xLabel: "x", yLabel: "y",
                series: [Figure.Series("points", x: [0.5], y: [0.5], classes: [1])], grid: grid))
        #expect(count("<rect class=\"region s0\"", in: heatmap) + count("<rect class=\"region s1\"", in: heatmap) == 3)
        #expect(count("<circle class=\"marker s1\"", in: heatmap) == 1)
        #expect(heatmap.contains(">zero</text>") && heatmap.contains(">one</text>"))
    }

    @Test func dataTablesListEveryPoint() {
        let table = DataTable.html(
            for: Figure(
                name: "l", title: "T", kind: .line, xLabel: "x", yLabel: "y",
                series: [Figure.Series("a", x: [0, 1], y: [0.5, -2])]))
        #expect(count("<tr>", in: table) == 3)
        #expect(table.contains("<td>−2</td>"))
    }

    @Test func aThemeFolderReplacesTemplatesFileByFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("theme/style.css", "body { color: red }")
        var options = BuildOptions(chapters: fixtures + "/small", jobs: 1, cacheDirectory: nil)
        options.theme = folder.path + "/theme"
        let build = SiteBuilder.build(options)
        #expect(build.files["style.css"] == Data("body { color: red }".utf8))
        #expect(String(decoding: build.files["small.html"] ?? Data(), as: UTF8.self).contains("<nav class=\"toc\""))
        try folder.write("theme/page.mustache", "{{#unclosed}}")
        #expect(SiteBuilder.build(options).diagnostics.hasErrors)
    }
}

/// The theme's series colours against the panels figures sit on, in both schemes.
@Suite struct ColourContrastTests {
    /// WCAG relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The custom properties of the first `:root { … }` block after `marker` in the stylesheet.
    static func colours(in css: String, after marker: String) throws -> [String: String] {
        let start = try #require(css.range(of: marker)).upperBound
        let block = css[start...].prefix { $0 != "}" }
        var colours: [String: String] = [:]
        for match in block.matches(of: /--([a-z0-9-]+): (#[0-9a-f]{6})/) {
            colours[String(match.output.1)] = String(match.output.2)
        }
        return colours
    }

    @Test func everySeriesStandsThreeToOneAgainstThePanelInBothSchemes() throws {
        let css = String(decoding: try #require(try Theme.load(overrideFolder: nil).assets["style.css"]), as: UTF8.self)
        for marker in [":root {", "prefers-color-scheme: dark) {\n  :root {"] {
            let colours = try Self.colours(in: css, after: marker)
            for series in 0..<8 {
                let colour = try #require(colours["s\(series)"], "\(marker) s\(series)")
                for ground in ["panel", "background"] {
                    let ratio = Self.contrast(colour, try #require(colours[ground]))
                    #expect(ratio >= 3, "\(marker) --s\(series) \(colour) on --\(ground): \(ratio)")
                }
            }
        }
    }
}
