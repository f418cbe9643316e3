import Experiments
import Testing

@testable import Literate

/// How figures and tables of several seeds are drawn: mean and band, whiskers, every scatter
/// point, one labelled seed of a heatmap, and mean\u{A0}±\u{A0}sd cells.
@Suite struct SeedFigureTests {
    static func run(_ offset: Double) -> ExperimentResult {
        ExperimentResult(
            values: [:],
            figures: [
                Figure(
                    name: "loss", title: "Loss", kind: .line, xLabel: "epoch", yLabel: "loss",
                    series: [Figure.Series("sgd", x: [1, 2, 3], y: [3 + offset, 2 + offset, 1 + offset])]),
                Figure(
                    name: "bars", title: "Bars", kind: .bar, xLabel: "variant", yLabel: "accuracy",
                    series: [Figure.Series("accuracy", x: [], y: [0.5 + offset])], categories: ["a"]),
                Figure(
                    name: "points", title: "Points", kind: .scatter, xLabel: "x", yLabel: "y",
                    series: [Figure.Series("p", x: [offset], y: [offset])]),
                Figure(
                    name: "map", title: "Regions", kind: .heatmap, xLabel: "x", yLabel: "y", series: [],
                    grid: Figure.Grid(values: [[0]], xRange: 0...1, yRange: 0...1, classNames: ["a"])),
            ],
            tables: [
                ResultTable(
                    name: "t", title: "Table", columns: ["name", "rate", "value", "loss"],
                    rows: [
                        [.string("x"), .number(0.5), .number(offset), .number(10 * offset)],
                        [.string("y"), .number(2), .number(1 + offset / 10), .number(offset)],
                    ])
            ])
    }

    /// A run whose figure and table rows are labelled by what that run picked (its strongest units).
    static func picked(_ unit: Int) -> ExperimentResult {
        ExperimentResult(
            values: [:],
            figures: [
                Figure(
                    name: "units", title: "Units", kind: .bar, xLabel: "digit", yLabel: "activation",
                    series: [Figure.Series("unit \(unit)", x: [], y: [1])], categories: ["0"])
            ],
            tables: [
                ResultTable(
                    name: "u", title: "Units", columns: ["unit", "class"],
                    rows: [[.string("unit \(unit)"), .number(3)]])
            ])
    }

    @Test func figuresCombineTheRunsByKind() throws {
        let figures = SeedFigures.figures(of: [Self.run(0), Self.run(0.2), Self.run(0.1)])
        let line = try #require(figures.first { $0.name == "loss" }?.series.first)
        #expect(zip(line.y, [3.1, 2.1, 1.1]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(line.spread?.minimum == [3, 2, 1] && line.spread?.maximum == [3.2, 2.2, 1.2])
        #expect(line.spread.map { abs($0.standardDeviation[0] - 0.1) < 1e-12 } == true)
        let bars = try #require(figures.first { $0.name == "bars" })
        #expect(bars.series[0].spread?.maximum == [0.7])
        #expect(figures.first { $0.name == "points" }?.series[0].x == [0, 0.2, 0.1])
        #expect(figures.first { $0.name == "map" }?.title == "Regions (seed 1 of 3)")
        let lineSVG = SVGPlot(figure: figures[0], elementID: "l").render()
        #expect(lineSVG.contains("<path class=\"band s0\""))
        #expect(SVGPlot(figure: bars, elementID: "b").render().contains("<path class=\"whisker\""))
        #expect(DataTable.html(for: figures[0]).contains("<th scope=\"col\">sgd (mean)</th><th scope=\"col\">sd</th>"))
    }

    @Test func oneRunIsDrawnAsItIs() {
        #expect(SeedFigures.figures(of: [Self.run(0)]) == Self.run(0).figures)
        #expect(SeedFigures.tables(of: [Self.run(0)]) == Self.run(0).tables)
    }

    @Test func tableCellsShowMeanAndDeviation() throws {
        let table = try #require(SeedFigures.tables(of: [Self.run(0), Self.run(0.2)]).first)
        #expect(table.title == "Table (mean ± sd over 2 seeds)")
        // One number of decimals per column; a setting every run agrees on stays one number.
        #expect(
            table.rows[0] == [
                .string("x"), .number(0.5), .string("0.100\u{A0}±\u{A0}0.141"), .string("1.00\u{A0}±\u{A0}1.41"),
            ])
        #expect(
            table.rows[1] == [
                .string("y"), .number(2), .string("1.010\u{A0}±\u{A0}0.014"), .string("0.10\u{A0}±\u{A0}0.14"),
            ])
    }

    @Test func aColumnSpanningOrdersOfMagnitudeKeepsEachCellsDecimals() throws {
        func run(_ offset: Double) -> ExperimentResult {
            ExperimentResult(
                values: [:],
                tables: [
                    ResultTable(
                        name: "t", title: "T", columns: ["ratio"],
                        rows: [[.number(0.001 + offset / 1000)], [.number(30000 + offset * 5000)]])
                ])
        }
        let table = try #require(SeedFigures.tables(of: [run(0), run(1)]).first)
        #expect(
            table.rows.map { $0[0] } == [.string("0.00150\u{A0}±\u{A0}0.00071"), .string("32500\u{A0}±\u{A0}3536")])
    }

    @Test func whatEachRunPicksIsShownFromTheFirstSeed() throws {
        let runs = [Self.picked(27), Self.picked(3)]
        let figure = try #require(SeedFigures.figures(of: runs).first)
        #expect(figure.title == "Units (seed 1 of 2)" && figure.series[0].spread == nil)
        let table = try #require(SeedFigures.tables(of: runs).first)
        #expect(table.title == "Units (seed 1 of 2)" && table.rows == Self.picked(27).tables[0].rows)
    }
}
