/// Max pooling over non-overlapping `window × window` patches of square-gridded images, one image
/// per row of the batch with its pixels row after row. It has no parameters.
public struct MaxPool: Equatable, Sendable {
    /// Image rows.
    public var height: Int
    /// Image columns.
    public var width: Int
    /// The side of each patch.
    public var window: Int

    /// A pool over `height × width` images in `window × window` patches (both sides divisible by it).
    public init(height: Int, width: Int, window: Int) {
        precondition(window > 0 && height % window == 0 && width % window == 0, "the patches must tile the image")
        self.height = height
        self.width = width
        self.window = window
    }

    /// Pixels per input image.
    public var inputCount: Int { height * width }

    /// Values per output image: one per patch, patches row after row.
    public var outputCount: Int { (height / window) * (width / window) }

    /// Writes each patch's maximum into `output` and returns, for every output element, the input
    /// element that supplied it (the first in reading order when several tie).
    func forward(_ input: Matrix, output: inout Matrix) -> [Int] {
        precondition(input.columns == inputCount, "expected \(inputCount) pixels per image, got \(input.columns)")
        output = Matrix(rows: input.rows, columns: outputCount)
        var winners = [Int](repeating: 0, count: input.rows * outputCount)
        let patchesAcross = width / window
        for row in 0..<input.rows {
            for patch in 0..<outputCount {
                let top = (patch / patchesAcross) * window
                let left = (patch % patchesAcross) * window
                var best = row * inputCount + top * width + left
                for dy in 0..<window {
                    for dx in 0..<window {
                        let index = row * inputCount + (top + dy) * width + left + dx
                        if input.elements[index] > input.elements[best] { best = index }
                    }
                }
                output.elements[row * outputCount + patch] = input.elements[best]
                winners[row * outputCount + patch] = best
            }
        }
        return winners
    }

    /// ∂loss/∂input: each output's gradient goes to the input element that won its patch.
    func backward(outputGradient: Matrix, winners: [Int]) -> Matrix {
        var inputGradient = Matrix(rows: outputGradient.rows, columns: inputCount)
        for (index, winner) in winners.enumerated() {
            inputGradient.elements[winner] += outputGradient.elements[index]
        }
        return inputGradient
    }
}
