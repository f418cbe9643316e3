import Experiments

/// Draws a ``Figure`` as an inline SVG: axes with ticks and labels, a legend, one colour class and
/// one dash pattern per series (so lines stay apart without colour). Margins are sized from the
/// labels' estimated widths, so no label overlaps another or leaves the figure. The SVG is named by
/// the figure's title above it (`ELEMENT-title`), which the page renders once.
struct SVGPlot {
    static let width = 400.0
    static let height = 280.0
    static let top = 12.0
    static let right = 388.0
    static let bottomMargin = 46.0
    static let legendRowHeight = 18.0
    static let maximumSeries = 8

    let figure: Figure
    /// Unique within the page, for `aria-labelledby`.
    let elementID: String
    /// Values the axes cover besides the figure's own (an explored experiment's other points).
    var shared: SharedAxes? = nil

    /// The SVG element.
    func render() -> String {
        let (canvas, height) = draw()
        return """
            <svg class="plot\(crowdedBands ? " many-bands" : "")" viewBox="0 0 \(svgNumber(Self.width)) \(svgNumber(height))" role="img" aria-labelledby="\(elementID)-title" xmlns="http://www.w3.org/2000/svg">
            \(canvas.elements.joined(separator: "\n"))
            </svg>
            """
    }

    /// Every element and text box of the figure, and its height.
    func draw() -> (canvas: SVGCanvas, height: Double) {
        var canvas = SVGCanvas()
        let legendRows = legendLayout()
        let top = Self.top + Double(legendRows.count) * Self.legendRowHeight + (legendRows.isEmpty ? 0 : 8)
        var height = Self.height
        switch figure.kind {
        case .heatmap:
            let grid = figure.grid
            let xs = [grid?.xRange.lowerBound ?? 0, grid?.xRange.upperBound ?? 1]
            let ys = [grid?.yRange.lowerBound ?? 0, grid?.yRange.upperBound ?? 1]
            let frame = frame(xs: xs, xScale: .linear, ys: ys, top: top, exactY: true)
            canvas.add(HeatmapLayer(figure: figure).render(xAxis: frame.x, yAxis: frame.y))
            axes(frame, gridLines: false, on: &canvas)
        case .bar:
            if verticalBarsFit {
                barLayer(top: top, on: &canvas)
            } else {
                height = horizontalBarLayer(top: top, on: &canvas)
            }
        case .line, .scatter, .histogram:
            pointLayer(top: top, on: &canvas)
        }
        legend(legendRows, on: &canvas)
        return (canvas, height)
    }

    /// Four or more bands overlap enough to need a lighter fill.
    private var crowdedBands: Bool {
        figure.series.prefix(Self.maximumSeries).filter { $0.spread != nil }.count >= 4
    }

    private var shownSeries: ArraySlice<Figure.Series> { figure.series.prefix(Self.maximumSeries) }

    /// Every value a series draws, its spread included.
    private var allValues: [Double] {
        figure.series.flatMap { $0.y + ($0.spread.map { $0.minimum + $0.maximum } ?? []) } + (shared?.ys ?? [])
    }

    // MARK: - Frame

    /// The plot area's axes: the y axis first, whose tick labels size the left margin, then the x
    /// axis, whose last tick label sizes the right one.
    struct Frame {
        var x: Axis
        var y: Axis
        var left: Double { x.start }
        var right: Double { x.end }
        var top: Double { y.end }
        var bottom: Double { y.start }
    }

    private func frame(xs: [Double], xScale: Figure.Scale, ys: [Double], top: Double, exactY: Bool = false) -> Frame {
        let bottom = Self.height - Self.bottomMargin
        let yAxis = Axis(
            covering: ys, scale: exactY ? .linear : figure.yScale, from: bottom, to: top,
            includeZero: figure.kind == .histogram, exact: exactY)
        let left = Self.leftMargin(for: yAxis.ticks.map(\.label))
        let exactX = figure.kind == .line || figure.kind == .scatter || figure.kind == .heatmap
        let probe = Axis(covering: xs, scale: xScale, from: left, to: Self.right, exact: exactX)
        let lastWidth = probe.ticks.last.map { TextWidth.estimate($0.label, size: SVGCanvas.fontSize) } ?? 0
        let right = min(Self.right, Self.width - lastWidth / 2 - 2)
        return Frame(x: Axis(covering: xs, scale: xScale, from: left, to: right, exact: exactX), y: yAxis)
    }

    /// Room for the rotated axis label (20) and the widest tick label, with gaps.
    static func leftMargin(for labels: [String]) -> Double {
        max(44, 32 + (labels.map { TextWidth.estimate($0, size: SVGCanvas.fontSize) }.max() ?? 0))
    }

    private func axes(_ frame: Frame, gridLines: Bool = true, xTicks: Bool = true, on canvas: inout SVGCanvas) {
        for tick in frame.y.ticks {
            let y = frame.y.position(tick.value)
            if gridLines {
                canvas.add(
                    "<line class=\"grid\" x1=\"\(svgNumber(frame.left))\" x2=\"\(svgNumber(frame.right))\" y1=\"\(svgNumber(y))\" y2=\"\(svgNumber(y))\"/>"
                )
            }
            canvas.text(tick.label, x: frame.left - 6, y: y, anchor: .end, className: "tick-label", middle: true)
        }
        if xTicks { xTickLabels(frame.x, top: frame.top, bottom: frame.bottom, gridLines: gridLines, on: &canvas) }
        canvas.add(
            "<rect class=\"frame\" x=\"\(svgNumber(frame.left))\" y=\"\(svgNumber(frame.top))\" width=\"\(svgNumber(frame.right - frame.left))\" height=\"\(svgNumber(frame.bottom - frame.top))\"/>"
        )
        axisLabels(left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom, on: &canvas)
    }

    /// The x axis's ticks, every other one dropped until their labels no longer touch.
    func xTickLabels(_ axis: Axis, top: Double, bottom: Double, gridLines: Bool, on canvas: inout SVGCanvas) {
        var ticks = axis.ticks
        func crowded(_ ticks: [(value: Double, label: String)]) -> Bool {
            zip(ticks, ticks.dropFirst()).contains { first, second in
                let gap = abs(axis.position(second.value) - axis.position(first.value))
                let half =
                    (TextWidth.estimate(first.label, size: SVGCanvas.fontSize)
                        + TextWidth.estimate(second.label, size: SVGCanvas.fontSize)) / 2
                return gap < half + 6
            }
        }
        while ticks.count > 2, crowded(ticks) {
            ticks = ticks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        }
        for tick in ticks {
            let x = axis.position(tick.value)
            if gridLines {
                canvas.add(
                    "<line class=\"grid\" x1=\"\(svgNumber(x))\" x2=\"\(svgNumber(x))\" y1=\"\(svgNumber(top))\" y2=\"\(svgNumber(bottom))\"/>"
                )
            }
            canvas.text(tick.label, x: x, y: bottom + 21, anchor: .middle, className: "tick-label")
        }
    }

    /// The x label under the plot and the y label turned along its left edge.
    func axisLabels(
        left: Double, right: Double, top: Double, bottom: Double, xLabel: String? = nil, yLabel: String? = nil,
        on canvas: inout SVGCanvas
    ) {
        canvas.text(
            xLabel ?? figure.xLabel, x: (left + right) / 2, y: bottom + 40, anchor: .middle, className: "axis-label")
        canvas.text(
            yLabel ?? figure.yLabel, x: 16, y: (top + bottom) / 2, anchor: .middle, className: "axis-label",
            rotated: true)
    }

    // MARK: - Lines, markers, histogram bars

    private func pointLayer(top: Double, on canvas: inout SVGCanvas) {
        let frame = frame(
            xs: figure.series.flatMap(\.x) + (shared?.xs ?? []), xScale: figure.xScale, ys: allValues, top: top)
        let (xAxis, yAxis) = (frame.x, frame.y)
        axes(frame, on: &canvas)
        // Every band first, so that no band covers another series' line.
        for (index, series) in shownSeries.enumerated() where figure.kind == .line {
            if let band = band(of: series, xAxis: xAxis, yAxis: yAxis) {
                canvas.add("<path class=\"band s\(index)\" d=\"\(band)\"/>")
            }
        }
        for (index, series) in shownSeries.enumerated() {
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
                canvas.add("<path class=\"series s\(index)\" d=\"\(path)\"/>")
            case .scatter:
                canvas.add(
                    points.map { point in
                        "<circle class=\"marker s\(index)\" cx=\"\(svgNumber(xAxis.position(point.0)))\" cy=\"\(svgNumber(yAxis.position(point.1)))\" r=\"2.5\"/>"
                    })
            default:
                let binWidth = points.count > 1 ? abs(points[1].0 - points[0].0) : 1
                let zero = yAxis.position(figure.yScale == .log ? yAxis.low : 0)
                canvas.add(
                    points.map { point in
                        let left = xAxis.position(point.0 - binWidth / 2)
                        let right = xAxis.position(point.0 + binWidth / 2)
                        let top = yAxis.position(point.1)
                        return
                            "<rect class=\"bar s\(index)\" x=\"\(svgNumber(left))\" y=\"\(svgNumber(min(top, zero)))\" width=\"\(svgNumber(max(right - left, 0.5)))\" height=\"\(svgNumber(abs(zero - top)))\"/>"
                    })
            }
        }
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

    // MARK: - Bars by category

    /// Whether every category's label fits under its bars.
    private var verticalBarsFit: Bool {
        let left = Self.leftMargin(
            for: Axis(covering: allValues, scale: figure.yScale, from: 0, to: 1, includeZero: true).ticks.map(\.label))
        let slot = (Self.right - left) / Double(max(figure.categories.count, 1))
        return figure.categories.allSatisfy { TextWidth.estimate($0, size: SVGCanvas.fontSize) <= slot - 6 }
    }

    private func barLayer(top: Double, on canvas: inout SVGCanvas) {
        let bottom = Self.height - Self.bottomMargin
        let yAxis = Axis(covering: allValues, scale: figure.yScale, from: bottom, to: top, includeZero: true)
        let left = Self.leftMargin(for: yAxis.ticks.map(\.label))
        let frame = Frame(x: Axis(covering: [0, 1], scale: .linear, from: left, to: Self.right, exact: true), y: yAxis)
        axes(frame, xTicks: false, on: &canvas)
        let categories = figure.categories
        let slot = (Self.right - left) / Double(max(categories.count, 1))
        let barWidth = slot * 0.8 / Double(max(shownSeries.count, 1))
        let base = yAxis.position(figure.yScale == .log ? yAxis.low : 0)
        for (categoryIndex, category) in categories.enumerated() {
            let slotLeft = left + slot * Double(categoryIndex)
            canvas.text(category, x: slotLeft + slot / 2, y: bottom + 21, anchor: .middle, className: "tick-label")
            for (seriesIndex, series) in shownSeries.enumerated() where categoryIndex < series.y.count {
                let value = series.y[categoryIndex]
                guard value.isFinite, figure.yScale == .linear || value > 0 else { continue }
                let end = yAxis.position(value)
                let x = slotLeft + slot * 0.1 + barWidth * Double(seriesIndex)
                canvas.add(
                    "<rect class=\"bar s\(seriesIndex)\" x=\"\(svgNumber(x))\" y=\"\(svgNumber(min(end, base)))\" width=\"\(svgNumber(barWidth))\" height=\"\(svgNumber(abs(base - end)))\"/>"
                )
                if let spread = series.spread, categoryIndex < spread.minimum.count {
                    canvas.add(
                        BarWhisker.vertical(
                            at: x + barWidth / 2, from: yAxis.position(spread.minimum[categoryIndex]),
                            to: yAxis.position(spread.maximum[categoryIndex]), width: min(barWidth * 0.5, 8)))
                }
            }
        }
    }

    /// Bars along the x axis, one row per category with its label at the left: for categories
    /// whose names would not fit under vertical bars. Returns the figure's height.
    private func horizontalBarLayer(top: Double, on canvas: inout SVGCanvas) -> Double {
        let categories = figure.categories
        let rows = Double(max(categories.count, 1))
        // Tall enough for the category axis's label, which runs along the left edge.
        let labelRoom = TextWidth.estimate(figure.xLabel, size: SVGCanvas.fontSize) + 8
        let rowHeight = max(16, min(26, (Self.height - top - Self.bottomMargin) / rows), labelRoom / rows)
        let bottom = top + rowHeight * rows
        let left = Self.leftMargin(for: categories)
        let probe = Axis(covering: allValues, scale: figure.yScale, from: left, to: Self.right, includeZero: true)
        let lastWidth = probe.ticks.last.map { TextWidth.estimate($0.label, size: SVGCanvas.fontSize) } ?? 0
        let right = min(Self.right, Self.width - lastWidth / 2 - 2)
        let xAxis = Axis(covering: allValues, scale: figure.yScale, from: left, to: right, includeZero: true)
        xTickLabels(xAxis, top: top, bottom: bottom, gridLines: true, on: &canvas)
        canvas.add(
            "<rect class=\"frame\" x=\"\(svgNumber(left))\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(right - left))\" height=\"\(svgNumber(bottom - top))\"/>"
        )
        axisLabels(
            left: left, right: right, top: top, bottom: bottom, xLabel: figure.yLabel, yLabel: figure.xLabel,
            on: &canvas)
        let barHeight = rowHeight * 0.8 / Double(max(shownSeries.count, 1))
        let base = xAxis.position(figure.yScale == .log ? xAxis.low : 0)
        for (categoryIndex, category) in categories.enumerated() {
            let rowTop = top + rowHeight * Double(categoryIndex)
            canvas.text(
                category, x: left - 6, y: rowTop + rowHeight / 2, anchor: .end, className: "tick-label", middle: true)
            for (seriesIndex, series) in shownSeries.enumerated() where categoryIndex < series.y.count {
                let value = series.y[categoryIndex]
                guard value.isFinite, figure.yScale == .linear || value > 0 else { continue }
                let end = xAxis.position(value)
                let y = rowTop + rowHeight * 0.1 + barHeight * Double(seriesIndex)
                canvas.add(
                    "<rect class=\"bar s\(seriesIndex)\" x=\"\(svgNumber(min(end, base)))\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(abs(end - base)))\" height=\"\(svgNumber(barHeight))\"/>"
                )
                if let spread = series.spread, categoryIndex < spread.minimum.count {
                    canvas.add(
                        BarWhisker.horizontal(
                            at: y + barHeight / 2, from: xAxis.position(spread.minimum[categoryIndex]),
                            to: xAxis.position(spread.maximum[categoryIndex]), height: min(barHeight * 0.5, 8)))
                }
            }
        }
        return bottom + Self.bottomMargin
    }

    // MARK: - Legend

    /// Legend entries split into rows that fit the width, with room between entries.
    private func legendLayout() -> [[(index: Int, name: String, x: Double)]] {
        let names: [String] =
            figure.kind == .heatmap ? (figure.grid?.classNames ?? []) : shownSeries.map(\.name)
        guard names.count > 1 else { return [] }
        var rows: [[(index: Int, name: String, x: Double)]] = [[]]
        var x = 8.0
        for (index, name) in names.enumerated() {
            let width = 28 + TextWidth.estimate(name, size: SVGCanvas.fontSize)
            if x + width > Self.width - 4, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = 8
            }
            rows[rows.count - 1].append((index, name, x))
            x += width + 16
        }
        return rows
    }

    private func legend(_ rows: [[(index: Int, name: String, x: Double)]], on canvas: inout SVGCanvas) {
        for (rowIndex, row) in rows.enumerated() {
            let y = Self.top + Double(rowIndex) * Self.legendRowHeight + 8
            for entry in row {
                canvas.add(
                    figure.kind == .line
                        ? "<line class=\"series s\(entry.index)\" x1=\"\(svgNumber(entry.x))\" x2=\"\(svgNumber(entry.x + 22))\" y1=\"\(svgNumber(y))\" y2=\"\(svgNumber(y))\"/>"
                        : "<rect class=\"\(figure.kind == .heatmap ? "region swatch" : "bar") s\(entry.index)\" x=\"\(svgNumber(entry.x + 6))\" y=\"\(svgNumber(y - 5))\" width=\"10\" height=\"10\"/>"
                )
                canvas.text(entry.name, x: entry.x + 28, y: y, anchor: .start, className: "legend-label", middle: true)
            }
        }
    }
}

/// Error bars over seeds, drawn across a bar's end.
enum BarWhisker {
    /// From `low` to `high` (pixels) at `x`, with caps `width` wide.
    static func vertical(at x: Double, from low: Double, to high: Double, width: Double) -> String {
        let (left, right) = (svgNumber(x - width / 2), svgNumber(x + width / 2))
        return
            "<path class=\"whisker\" d=\"M\(svgNumber(x)) \(svgNumber(low)) V\(svgNumber(high)) M\(left) \(svgNumber(low)) H\(right) M\(left) \(svgNumber(high)) H\(right)\"/>"
    }

    /// From `low` to `high` (pixels) at `y`, with caps `height` tall.
    static func horizontal(at y: Double, from low: Double, to high: Double, height: Double) -> String {
        let (top, bottom) = (svgNumber(y - height / 2), svgNumber(y + height / 2))
        return
            "<path class=\"whisker\" d=\"M\(svgNumber(low)) \(svgNumber(y)) H\(svgNumber(high)) M\(svgNumber(low)) \(top) V\(bottom) M\(svgNumber(high)) \(top) V\(bottom)\"/>"
    }
}
