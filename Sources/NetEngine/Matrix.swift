/// A dense matrix of `Double`, stored row-major in one contiguous array.
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public private(set) var rows: Int
    /// Number of columns.
    public private(set) var columns: Int
    /// The elements, row after row (`elements[row * columns + column]`).
    public var elements: [Double]

    /// A `rows × columns` matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    /// A `rows × columns` matrix over `elements` given row after row.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(elements.count == rows * columns, "expected \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from an array of equally long rows.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "rows must have equal lengths")
        self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
    }

    /// A one-row matrix holding `vector`.
    public init(row vector: [Double]) {
        self.init(rows: 1, columns: vector.count, elements: vector)
    }

    /// The element at `row`, `column`.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// The elements of one row.
    public func row(_ index: Int) -> [Double] {
        Array(elements[(index * columns)..<((index + 1) * columns)])
    }

    /// The elements of one column.
    public func column(_ index: Int) -> [Double] {
        (0..<rows).map { self[$0, index] }
    }

    /// A matrix made of the given rows, in the given order.
    public func selectingRows<Indices: Collection<Int>>(_ indices: Indices) -> Matrix {
        var result = Matrix(rows: indices.count, columns: columns)
        var target = 0
        for index in indices {
            result.elements.replaceSubrange(
                (target * columns)..<((target + 1) * columns),
                with: elements[(index * columns)..<((index + 1) * columns)])
            target += 1
        }
        return result
    }

    /// The transpose.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for row in 0..<rows {
            for column in 0..<columns {
                result.elements[column * rows + row] = elements[row * columns + column]
            }
        }
        return result
    }

    /// The 0 × 0 matrix (allocates nothing).
    public static let empty = Matrix(rows: 0, columns: 0)

    /// Becomes a copy of `other`, keeping this matrix's allocation when it is large enough.
    public mutating func assign(_ other: Matrix) {
        resize(rows: other.rows, columns: other.columns)
        elements.withUnsafeMutableBufferPointer { target in
            other.elements.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                to.update(from: from, count: source.count)
            }
        }
    }

    /// Returns this matrix and leaves `.empty` in its place (so the returned storage is unshared).
    mutating func taken() -> Matrix {
        let value = self
        self = .empty
        return value
    }

    /// Reshapes to `rows × columns`, keeping the allocation when the element count allows it.
    public mutating func resize(rows newRows: Int, columns newColumns: Int) {
        guard newRows != rows || newColumns != columns else { return }
        rows = newRows
        columns = newColumns
        let count = newRows * newColumns
        if elements.isEmpty {
            elements = Array(repeating: 0, count: count)
        } else if elements.count > count {
            elements.removeLast(elements.count - count)
        } else if elements.count < count {
            elements.append(contentsOf: repeatElement(0, count: count - elements.count))
        }
    }
}
