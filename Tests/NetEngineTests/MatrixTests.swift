import CKernels
import Testing

@testable import NetEngine

/// A random matrix with entries in [−1, 1].
func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
    var generator = SeededGenerator(seed: seed)
    return Matrix(
        rows: rows, columns: columns, elements: (0..<(rows * columns)).map { _ in generator.nextUniform(in: -1...1) })
}

/// A·B by the textbook triple loop.
func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
    var result = Matrix(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows {
        for j in 0..<b.columns {
            result[i, j] = (0..<a.columns).reduce(0) { $0 + a[i, $1] * b[$1, j] }
        }
    }
    return result
}

func maxAbsoluteDifference(_ a: Matrix, _ b: Matrix) -> Double {
    zip(a.elements, b.elements).map { abs($0 - $1) }.max() ?? 0
}

@Suite struct MatrixTests {
    @Test(arguments: [(1, 1, 1), (3, 5, 2), (17, 9, 33), (64, 70, 10)])
    func productsAgreeWithTheTextbookLoop(shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        let a = randomMatrix(m, k, seed: 1)
        let b = randomMatrix(k, n, seed: 2)
        let expected = naiveProduct(a, b)
        #expect(maxAbsoluteDifference(Matrix.product(a, b), expected) < 1e-12)
        #expect(maxAbsoluteDifference(Matrix.productTransposingLeft(a.transposed(), b), expected) < 1e-12)
        #expect(maxAbsoluteDifference(Matrix.productTransposingRight(a, b.transposed()), expected) < 1e-12)
    }

    @Test func productsAreBitIdenticalForAnyThreadCount() {
        let a = randomMatrix(370, 290, seed: 3)
        let b = randomMatrix(290, 410, seed: 4)
        for threads in [2, 3, 8] {
            #expect(Matrix.product(a, b, threads: threads) == Matrix.product(a, b))
            #expect(Matrix.productTransposingLeft(b, b, threads: threads) == Matrix.productTransposingLeft(b, b))
            #expect(Matrix.productTransposingRight(a, a, threads: threads) == Matrix.productTransposingRight(a, a))
        }
    }

    @Test(arguments: [(1, 1, 1), (5, 3, 9), (33, 70, 17), (64, 128, 130), (101, 600, 19)])
    func everyKernelSumsInTheTextbookOrderBitForBit(shape: (Int, Int, Int)) {
        let (m, k, n) = shape
        let a = randomMatrix(m, k, seed: 7)
        let b = randomMatrix(k, n, seed: 8)
        let textbook = naiveProduct(a, b)
        #expect(Matrix.product(a, b) == textbook, "\(matrixKernelName)")
        for kernel in ProductKernel.supported {
            var product = Matrix(rows: m, columns: n)
            a.elements.withUnsafeBufferPointer { left in
                b.elements.withUnsafeBufferPointer { right in
                    product.elements.withUnsafeMutableBufferPointer { output in
                        ProductKernel.multiply(
                            left.baseAddress!, .rowMajor(columns: k), right.baseAddress!, .rowMajor(columns: n),
                            output.baseAddress!, rows: m, inner: k, columns: n, threads: 1, kernel: kernel)
                    }
                }
            }
            #expect(product == textbook, "\(String(cString: ck_kernel_name(kernel)))")
        }
        #expect(Matrix.productTransposingLeft(a.transposed(), b) == textbook)
        #expect(Matrix.productTransposingRight(a, b.transposed()) == textbook)
    }

    @Test func reusedOutputIsOverwrittenNotAccumulated() {
        let a = randomMatrix(4, 3, seed: 5)
        let b = randomMatrix(3, 2, seed: 6)
        var output = Matrix(rows: 4, columns: 2, repeating: 99)
        Matrix.product(a, b, into: &output)
        #expect(output == Matrix.product(a, b))
        Matrix.product(Matrix(rows: 4, columns: 0), Matrix(rows: 0, columns: 2), into: &output)
        #expect(output == Matrix(rows: 4, columns: 2))
    }

    @Test func broadcastsAndReductions() {
        var m = Matrix([[1, 2], [3, 4], [5, 6]])
        #expect(m.columnSums() == [9, 12])
        m.addToEveryRow([10, 20])
        #expect(m == Matrix([[11, 22], [13, 24], [15, 26]]))
        #expect(m.transposed() == Matrix([[11, 13, 15], [22, 24, 26]]))
        #expect(m.selectingRows([2, 0]) == Matrix([[15, 26], [11, 22]]))
        #expect(Matrix([[3, 4]]).frobeniusNorm == 5)
    }
}
