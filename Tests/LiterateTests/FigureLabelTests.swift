import Experiments
import Foundation
import Testing

@testable import Literate

/// No label of a figure overlaps another or leaves the figure, by the estimated text widths the
/// layout sizes its margins with (the browser check measures the real ones on every page).
@Suite struct FigureLabelTests {
    /// What is wrong with `figure`'s labels, one line per problem.
    static func problems(_ figure: Figure) -> [String] {
        let (canvas, height) = SVGPlot(figure: figure, elementID: "f").draw()
        var problems: [String] = []
        for box in canvas.texts
        where box.left < -0.5 || box.right > SVGPlot.width + 0.5 || box.top < -0.5 || box.bottom > height + 0.5 {
            problems.append("\(figure.name): \"\(box.text)\" leaves the figure")
        }
        for (index, first) in canvas.texts.enumerated() {
            for second in canvas.texts[(index + 1)...] where first.overlaps(second) {
                problems.append("\(figure.name): \"\(first.text)\" overlaps \"\(second.text)\"")
            }
        }
        return problems
    }

    @Test(arguments: experimentKinds.map(\.name))
    func everyFigureOfAKindAtItsDefaultsHasRoomForItsLabels(name: String) throws {
        let kind = try #require(experimentKind(named: name))
        let result = try kind.run(ParameterValues(defaultsOf: kind.parameters), seed: 1)
        for figure in result.figures {
            #expect(Self.problems(figure) == [], "\(name)")
        }
    }

    @Test func longCategoryNamesTurnTheBarsAndLongLegendsWrap() {
        let names =
            ["identity", "relu", "leakyReLU", "sigmoid", "tanh", "softplus", "gelu", "elu"]
            + ["meanSquaredError", "binaryCrossEntropy", "softmaxCrossEntropy"]
        let bars = Figure(
            name: "errors", title: "T", kind: .bar, xLabel: "activation or loss", yLabel: "largest relative error",
            yScale: .log, series: [Figure.Series("error", x: [], y: names.indices.map { 1e-10 * Double($0 + 1) })],
            categories: names)
        #expect(Self.problems(bars) == [])
        let svg = SVGPlot(figure: bars, elementID: "b").render()
        #expect(svg.contains("text-anchor=\"end\" dominant-baseline=\"middle\">softmaxCrossEntropy</text>"))
        let legend = (0..<6).map { Figure.Series("a rather long series name \($0)", x: [0, 1], y: [0, 1000]) }
        #expect(
            Self.problems(Figure(name: "legend", title: "T", kind: .line, xLabel: "x", yLabel: "y", series: legend))
                == [])
        let wide = Figure(
            name: "ticks", title: "T", kind: .line, xLabel: "steps", yLabel: "share of the largest",
            yScale: .log, series: [Figure.Series("a", x: [0, 123_456], y: [1e-15, 1])])
        #expect(Self.problems(wide) == [])
    }

    @Test func aLineChartsXAxisEndsAtItsData() {
        let axis = Axis(covering: [1, 12], scale: .linear, from: 0, to: 100, exact: true)
        #expect(axis.low == 1 && axis.high == 12)
        #expect(axis.ticks.map(\.label) == ["2", "4", "6", "8", "10", "12"])
    }
}
