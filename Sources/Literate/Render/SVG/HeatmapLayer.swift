import Experiments

/// Decision regions: a grid of class indices drawn as coloured cells (runs of equal cells merged),
/// with the figure's series drawn on top as markers coloured by class.
struct HeatmapLayer {
    let figure: Figure

    /// The cells and markers, drawn on the given axes.
    func render(xAxis: Axis, yAxis: Axis) -> [String] {
        guard let grid = figure.grid, let columns = grid.values.first?.count, columns > 0 else { return [] }
        let rows = grid.values.count
        let cellWidth = (grid.xRange.upperBound - grid.xRange.lowerBound) / Double(columns)
        let cellHeight = (grid.yRange.upperBound - grid.yRange.lowerBound) / Double(rows)
        var parts: [String] = ["<g class=\"regions\">"]
        for (row, values) in grid.values.enumerated() {
            let bottom = grid.yRange.lowerBound + Double(row) * cellHeight
            var start = 0
            while start < values.count {
                var end = start
                while end + 1 < values.count, values[end + 1] == values[start] { end += 1 }
                let left = xAxis.position(grid.xRange.lowerBound + Double(start) * cellWidth)
                let right = xAxis.position(grid.xRange.lowerBound + Double(end + 1) * cellWidth)
                let top = yAxis.position(bottom + cellHeight)
                let base = yAxis.position(bottom)
                parts.append(
                    "<rect class=\"region s\(values[start] % 8)\" x=\"\(svgNumber(left))\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(right - left))\" height=\"\(svgNumber(base - top))\"/>"
                )
                start = end + 1
            }
        }
        parts.append("</g>")
        for series in figure.series {
            for (index, point) in zip(series.x, series.y).enumerated() where point.0.isFinite && point.1.isFinite {
                let cls = index < series.classes.count ? series.classes[index] % 8 : 0
                parts.append(
                    "<circle class=\"marker s\(cls)\" cx=\"\(svgNumber(xAxis.position(point.0)))\" cy=\"\(svgNumber(yAxis.position(point.1)))\" r=\"2\"/>"
                )
            }
        }
        return parts
    }
}
