import Experiments

/// Draws a ``Figure`` as an inline SVG: axes with ticks and labels, a legend, one colour class and
/// one dash pattern per series (so lines stay apart without colour), and an accessible title.
struct SVGPlot {
    static let width = 400.0
    static let height = 280.0
    static let margin = (left: 50.0, right: 12.0, top: 12.0, bottom: 42.0)
    static let maximumSeries = 8

    let figure: Figure
    /// Unique within the page, for `aria-labelledby`.
    let elementID: String

    /// The SVG element.
    func render() -> String {
        let legendRows = legendLayout()
        let plotTop = Self.margin.top + Double(legendRows.count) * 18
        let plotBottom = Self.height - Self.margin.bottom
        let plotLeft = Self.margin.left
        let plotRight = Self.width - Self.margin.right
        var body: [String] = []
        switch figure.kind {
        case .heatmap:
            let grid = figure.grid
            let xAxis = Axis(
                covering: [grid?.xRange.lowerBound ?? 0, grid?.xRange.upperBound ?? 1], scale: .linear, from: plotLeft,
                to: plotRight, exact: true)
            let yAxis = Axis(
                covering: [grid?.yRange.lowerBound ?? 0, grid?.yRange.upperBound ?? 1], scale: .linear,
                from: plotBottom, to: plotTop, exact: true)
            body += HeatmapLayer(figure: figure).render(xAxis: xAxis, yAxis: yAxis)
            body += axes(xAxis: xAxis, yAxis: yAxis, xTicks: xAxis.ticks, gridLines: false)
        case .bar:
            body += barLayer(x: plotLeft...plotRight, y: plotTop...plotBottom)
        case .line, .scatter, .histogram:
            body += pointLayer(x: plotLeft...plotRight, y: plotTop...plotBottom)
        }
        body += legend(legendRows)
        let titleID = elementID + "-title"
        return """
            <svg class="plot\(crowdedBands ? " many-bands" : "")" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(Self.height))" role="img" aria-labelledby="\(titleID)" xmlns="http://www.w3.org/2000/svg">
            <title id="\(titleID)">\(escapeHTML(figure.title))</title>
            \(body.joined(separator: "\n"))
            </svg>
            """
    }

    /// Four or more bands overlap enough to need a lighter fill.
    private var crowdedBands: Bool {
        figure.series.prefix(Self.maximumSeries).filter { $0.spread != nil }.count >= 4
    }

    // MARK: - Lines, markers, histogram bars

    private func pointLayer(x xPixels: ClosedRange<Double>, y yPixels: ClosedRange<Double>) -> [String] {
        let xs = figure.series.flatMap(\.x)
        let ys = figure.series.flatMap { $0.y + ($0.spread.map { $0.minimum + $0.maximum } ?? []) }
        let xAxis = Axis(covering: xs, scale: figure.xScale, from: xPixels.lowerBound, to: xPixels.upperBound)
        let yAxis = Axis(
            covering: ys, scale: figure.yScale, from: yPixels.upperBound, to: yPixels.lowerBound,
            includeZero: figure.kind == .histogram)
        var parts = axes(xAxis: xAxis, yAxis: yAxis, xTicks: xAxis.ticks)
        // Every band first, so that no band covers another series' line.
        for (index, series) in figure.series.prefix(Self.maximumSeries).enumerated() where figure.kind == .line {
            if let band = band(of: series, xAxis: xAxis, yAxis: yAxis) {
                parts.append("<path class=\"band s\(index)\" d=\"\(band)\"/>")
            }
        }
        for (index, series) in figure.series.prefix(Self.maximumSeries).enumerated() {
            let points = zip(series.x, series.y).filter {
                $0.0.isFinite && $0.1.isFinite && (figure.yScale == .linear || $0.1 > 0)
                    && (figure.xScale == .linear || $0.0 > 0)
            }
            switch figure.kind {
            case .line:
                let path = points.enumerated().map { offset, point in
                    (offset == 0 ? "M" : "L") + svgNumber(xAxis.position(point.0)) + " "
                        + svgNumber(yAxis.position(point.1))
                }.joined(separator: " ")
                parts.append("<path class=\"series s\(index)\" d=\"\(path)\"/>")
            case .scatter:
                parts += points.map { point in
                    "<circle class=\"marker s\(index)\" cx=\"\(svgNumber(xAxis.position(point.0)))\" cy=\"\(svgNumber(yAxis.position(point.1)))\" r=\"2.5\"/>"
                }
            default:
                let binWidth = points.count > 1 ? abs(points[1].0 - points[0].0) : 1
                let zero = yAxis.position(figure.yScale == .log ? yAxis.low : 0)
                parts += points.map { point in
                    let left = xAxis.position(point.0 - binWidth / 2)
                    let right = xAxis.position(point.0 + binWidth / 2)
                    let top = yAxis.position(point.1)
                    return
                        "<rect class=\"bar s\(index)\" x=\"\(svgNumber(left))\" y=\"\(svgNumber(min(top, zero)))\" width=\"\(svgNumber(max(right - left, 0.5)))\" height=\"\(svgNumber(abs(zero - top)))\"/>"
                }
            }
        }
        return parts
    }

    /// The min–max band of a series over seeds, as a closed path (nil without a spread).
    private func band(of series: Figure.Series, xAxis: Axis, yAxis: Axis) -> String? {
        guard let spread = series.spread else { return nil }
        let points = series.x.indices.filter { index in
            index < spread.minimum.count && series.x[index].isFinite && spread.minimum[index].isFinite
                && spread.maximum[index].isFinite
                && (figure.yScale == .linear || spread.minimum[index] > 0)
        }
        guard points.count > 1 else { return nil }
        let upper = points.map { (series.x[$0], spread.maximum[$0]) }
        let lower = points.reversed().map { (series.x[$0], spread.minimum[$0]) }
        return (upper + lower).enumerated().map { offset, point in
            (offset == 0 ? "M" : "L") + svgNumber(xAxis.position(point.0)) + " " + svgNumber(yAxis.position(point.1))
        }.joined(separator: " ") + " Z"
    }

    /// An error bar from `low` to `high` (pixels) at `x`, with caps `width` wide.
    private func whisker(at x: Double, from low: Double, to high: Double, width: Double) -> String {
        let (left, right) = (svgNumber(x - width / 2), svgNumber(x + width / 2))
        return
            "<path class=\"whisker\" d=\"M\(svgNumber(x)) \(svgNumber(low)) V\(svgNumber(high)) M\(left) \(svgNumber(low)) H\(right) M\(left) \(svgNumber(high)) H\(right)\"/>"
    }

    // MARK: - Bars by category

    private func barLayer(x xPixels: ClosedRange<Double>, y yPixels: ClosedRange<Double>) -> [String] {
        let categories = figure.categories
        let yAxis = Axis(
            covering: figure.series.flatMap { $0.y + ($0.spread.map { $0.minimum + $0.maximum } ?? []) },
            scale: figure.yScale,
            from: yPixels.upperBound,
            to: yPixels.lowerBound,
            includeZero: true)
        let slot = (xPixels.upperBound - xPixels.lowerBound) / Double(max(categories.count, 1))
        var parts = axes(xAxis: nil, yAxis: yAxis, xTicks: [])
        let seriesCount = max(min(figure.series.count, Self.maximumSeries), 1)
        let barWidth = slot * 0.8 / Double(seriesCount)
        let base = yAxis.position(figure.yScale == .log ? yAxis.low : 0)
        for (categoryIndex, category) in categories.enumerated() {
            let slotLeft = xPixels.lowerBound + slot * Double(categoryIndex)
            parts.append(
                "<text class=\"tick-label\" x=\"\(svgNumber(slotLeft + slot / 2))\" y=\"\(svgNumber(yPixels.upperBound + 16))\" text-anchor=\"middle\">\(escapeHTML(category))</text>"
            )
            for (seriesIndex, series) in figure.series.prefix(Self.maximumSeries).enumerated()
            where categoryIndex < series.y.count {
                let value = series.y[categoryIndex]
                guard value.isFinite, figure.yScale == .linear || value > 0 else { continue }
                let top = yAxis.position(value)
                let left = slotLeft + slot * 0.1 + barWidth * Double(seriesIndex)
                parts.append(
                    "<rect class=\"bar s\(seriesIndex)\" x=\"\(svgNumber(left))\" y=\"\(svgNumber(min(top, base)))\" width=\"\(svgNumber(barWidth))\" height=\"\(svgNumber(abs(base - top)))\"/>"
                )
                if let spread = series.spread, categoryIndex < spread.minimum.count {
                    parts.append(
                        whisker(
                            at: left + barWidth / 2, from: yAxis.position(spread.minimum[categoryIndex]),
                            to: yAxis.position(spread.maximum[categoryIndex]), width: min(barWidth * 0.5, 8)))
                }
            }
        }
        return parts
    }

    // MARK: - Frame

    private func axes(xAxis: Axis?, yAxis: Axis, xTicks: [(value: Double, label: String)], gridLines: Bool = true)
        -> [String]
    {
        let left = Self.margin.left
        let right = Self.width - Self.margin.right
        let top = yAxis.end
        let bottom = yAxis.start
        var parts: [String] = []
        for tick in yAxis.ticks {
            let y = svgNumber(yAxis.position(tick.value))
            if gridLines {
                parts.append(
                    "<line class=\"grid\" x1=\"\(svgNumber(left))\" x2=\"\(svgNumber(right))\" y1=\"\(y)\" y2=\"\(y)\"/>"
                )
            }
            parts.append(
                "<text class=\"tick-label\" x=\"\(svgNumber(left - 6))\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(tick.label)</text>"
            )
        }
        if let xAxis {
            for tick in xTicks {
                let x = svgNumber(xAxis.position(tick.value))
                if gridLines {
                    parts.append(
                        "<line class=\"grid\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(svgNumber(top))\" y2=\"\(svgNumber(bottom))\"/>"
                    )
                }
                parts.append(
                    "<text class=\"tick-label\" x=\"\(x)\" y=\"\(svgNumber(bottom + 16))\" text-anchor=\"middle\">\(tick.label)</text>"
                )
            }
        }
        parts.append(
            "<rect class=\"frame\" x=\"\(svgNumber(left))\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(right - left))\" height=\"\(svgNumber(bottom - top))\"/>"
        )
        parts.append(
            "<text class=\"axis-label\" x=\"\(svgNumber((left + right) / 2))\" y=\"\(svgNumber(Self.height - 6))\" text-anchor=\"middle\">\(escapeHTML(figure.xLabel))</text>"
        )
        parts.append(
            "<text class=\"axis-label\" transform=\"translate(14 \(svgNumber((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(escapeHTML(figure.yLabel))</text>"
        )
        return parts
    }

    /// Legend entries split into rows that fit the width.
    private func legendLayout() -> [[(index: Int, name: String, x: Double)]] {
        let names: [String] =
            figure.kind == .heatmap
            ? (figure.grid?.classNames ?? []) : figure.series.prefix(Self.maximumSeries).map(\.name)
        guard names.count > 1 else { return [] }
        var rows: [[(index: Int, name: String, x: Double)]] = [[]]
        var x = Self.margin.left
        for (index, name) in names.enumerated() {
            let width = 32 + Double(name.count) * 7.5
            if x + width > Self.width - Self.margin.right, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = Self.margin.left
            }
            rows[rows.count - 1].append((index, name, x))
            x += width
        }
        return rows
    }

    private func legend(_ rows: [[(index: Int, name: String, x: Double)]]) -> [String] {
        rows.enumerated().flatMap { rowIndex, row in
            let y = Self.margin.top + Double(rowIndex) * 18 + 6
            return row.flatMap { entry in
                let swatch =
                    figure.kind == .line
                    ? "<line class=\"series s\(entry.index)\" x1=\"\(svgNumber(entry.x))\" x2=\"\(svgNumber(entry.x + 22))\" y1=\"\(svgNumber(y))\" y2=\"\(svgNumber(y))\"/>"
                    : "<rect class=\"\(figure.kind == .heatmap ? "region swatch" : "bar") s\(entry.index)\" x=\"\(svgNumber(entry.x + 6))\" y=\"\(svgNumber(y - 5))\" width=\"10\" height=\"10\"/>"
                return [
                    swatch,
                    "<text class=\"legend-label\" x=\"\(svgNumber(entry.x + 26))\" y=\"\(svgNumber(y))\" dominant-baseline=\"middle\">\(escapeHTML(entry.name))</text>",
                ]
            }
        }
    }
}
