/// A figure an experiment produces, drawn by the page renderer as SVG.
public struct Figure: Sendable, Equatable, Codable {
    /// How the data is drawn.
    public enum Kind: String, Sendable, Codable {
        /// Lines through each series' points.
        case line
        /// Markers at each series' points.
        case scatter
        /// Bars per category (``Figure/categories``), one group member per series.
        case bar
        /// Bars over numeric bins: each series' points are (bin centre, count).
        case histogram
        /// A grid of class indices coloured per class (decision regions), with optional scatter series on top.
        case heatmap
    }

    /// Linear or logarithmic axis.
    public enum Scale: String, Sendable, Codable {
        /// Evenly spaced values.
        case linear
        /// Powers of ten evenly spaced; values must be positive.
        case log
    }

    /// One named set of points.
    public struct Series: Sendable, Equatable, Codable {
        /// The legend entry.
        public var name: String
        /// x values (for bars: ignored; one y per category).
        public var x: [Double]
        /// y values, as many as `x`.
        public var y: [Double]
        /// For heatmap overlays: the class of each point (colours match the grid).
        public var classes: [Int]
        /// Over several seeds (then `y` is the mean): each point's spread, drawn as a band or whiskers.
        public var spread: Spread?

        /// A series named `name` through the points (`x[i]`, `y[i]`).
        public init(_ name: String, x: [Double], y: [Double], classes: [Int] = [], spread: Spread? = nil) {
            self.name = name
            self.x = x
            self.y = y
            self.classes = classes
            self.spread = spread
        }
    }

    /// The spread of a series' points over seeds, one entry per point.
    public struct Spread: Sendable, Equatable, Codable {
        /// The smallest value over the seeds.
        public var minimum: [Double]
        /// The largest value over the seeds.
        public var maximum: [Double]
        /// The sample standard deviation over the seeds.
        public var standardDeviation: [Double]
        /// How many seeds.
        public var seeds: Int

        /// The spread with the given per-point figures.
        public init(minimum: [Double], maximum: [Double], standardDeviation: [Double], seeds: Int) {
            self.minimum = minimum
            self.maximum = maximum
            self.standardDeviation = standardDeviation
            self.seeds = seeds
        }
    }

    /// A heatmap's grid: `values[row][column]` is a class index, rows from bottom (y minimum) to top.
    public struct Grid: Sendable, Equatable, Codable {
        /// Class per cell.
        public var values: [[Int]]
        /// The x range the columns cover.
        public var xRange: ClosedRange<Double>
        /// The y range the rows cover.
        public var yRange: ClosedRange<Double>
        /// The name of each class, for the legend.
        public var classNames: [String]

        /// A grid of class indices over the given ranges.
        public init(values: [[Int]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, classNames: [String]) {
            self.values = values
            self.xRange = xRange
            self.yRange = yRange
            self.classNames = classNames
        }
    }

    /// Name used by `show:` and in `course explain`.
    public var name: String
    /// The figure's title (also its accessible name).
    public var title: String
    /// How it is drawn.
    public var kind: Kind
    /// Label of the horizontal axis.
    public var xLabel: String
    /// Label of the vertical axis.
    public var yLabel: String
    /// Scale of the vertical axis.
    public var yScale: Scale
    /// Scale of the horizontal axis (line and scatter figures).
    public var xScale: Scale
    /// The data.
    public var series: [Series]
    /// Bar charts: the category names along x.
    public var categories: [String]
    /// Heatmaps: the grid.
    public var grid: Grid?

    /// A figure of `kind` with the given data.
    public init(
        name: String, title: String, kind: Kind, xLabel: String, yLabel: String, xScale: Scale = .linear,
        yScale: Scale = .linear, series: [Series], categories: [String] = [], grid: Grid? = nil
    ) {
        self.name = name
        self.title = title
        self.kind = kind
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yScale = yScale
        self.xScale = xScale
        self.series = series
        self.categories = categories
        self.grid = grid
    }
}

/// A table an experiment produces.
public struct ResultTable: Sendable, Equatable, Codable {
    /// Name used by `show:`.
    public var name: String
    /// Shown above the table.
    public var title: String
    /// Column headings.
    public var columns: [String]
    /// Cells, row by row: text or numbers (numbers are formatted by the renderer).
    public var rows: [[ResultValue]]
    /// The columns (by index) whose numbers are shares, printed as percentages like the prose's.
    public var percentColumns: [Int]

    /// A table with the given cells.
    public init(
        name: String, title: String, columns: [String], rows: [[ResultValue]], percentColumns: [Int] = []
    ) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.percentColumns = percentColumns
    }
}

extension Figure.Grid {
    private enum CodingKeys: String, CodingKey {
        case values, xRange, yRange, classNames
    }

    /// The first character a row uses: class index K is the scalar U+0030 + K.
    private static let firstScalar: UInt32 = 0x30

    /// Each row is stored as one string, a character per cell, so that a cached heatmap of
    /// tens of thousands of cells decodes as a few hundred strings instead of as many numbers.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode([String].self, forKey: .values)
        values = rows.map { row in row.unicodeScalars.map { Int($0.value) - Int(Self.firstScalar) } }
        xRange = try container.decode(ClosedRange<Double>.self, forKey: .xRange)
        yRange = try container.decode(ClosedRange<Double>.self, forKey: .yRange)
        classNames = try container.decode([String].self, forKey: .classNames)
    }

    /// See ``init(from:)``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let rows = try values.map { row in
            var text = String.UnicodeScalarView()
            for index in row {
                guard index >= 0, let scalar = Unicode.Scalar(Self.firstScalar + UInt32(index)) else {
                    throw EncodingError.invalidValue(
                        index, .init(codingPath: encoder.codingPath, debugDescription: "class index out of range"))
                }
                text.append(scalar)
            }
            return String(text)
        }
        try container.encode(rows, forKey: .values)
        try container.encode(xRange, forKey: .xRange)
        try container.encode(yRange, forKey: .yRange)
        try container.encode(classNames, forKey: .classNames)
    }
}
