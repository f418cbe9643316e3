import Foundation
import Testing

@testable import NetEngine

@Suite struct DataTests {
    @Test func digitsHave1797ImagesOf64PixelsAndTenClasses() throws {
        let digits = try Digits.load()
        #expect(digits.count == 1797)
        #expect(digits.inputs.columns == 64)
        #expect(Set(digits.labels) == Set(0...9))
        let counts = (0...9).map { label in digits.labels.filter { $0 == label }.count }
        #expect(counts == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        #expect(digits.inputs.elements.allSatisfy { (0...1).contains($0) })
        #expect(digits.targets.row(0) == oneHot([0], classes: 10).row(0))
    }

    @Test func malformedDigitsLinesAreRejectedWithTheLineNumber() {
        #expect(throws: Digits.LoadError.self) { try Digits.parse("label,p0\n3,1,2\n") }
        let error = #expect(throws: Digits.LoadError.self) {
            try Digits.parse("header\n" + "12," + Array(repeating: "0", count: 64).joined(separator: ",") + "\n")
        }
        #expect(error?.description.contains("line 2") == true)
    }

    @Test func intensityScalingClipsAndNormalizationCancelsScale() {
        let image = Matrix([[0, 0.25, 0.5, 1]])
        #expect(Digits.scaleIntensity(image, by: 0.5) == Matrix([[0, 0.125, 0.25, 0.5]]))
        #expect(Digits.scaleIntensity(image, by: 1.5) == Matrix([[0, 0.375, 0.75, 1]]))
        let normalized = Digits.normalizePerImage(image)
        #expect(abs(normalized.row(0).reduce(0, +)) < 1e-12)
        #expect(
            maxAbsoluteDifference(Digits.normalizePerImage(Digits.scaleIntensity(image, by: 0.5)), normalized) < 1e-12)
        #expect(Digits.normalizePerImage(Matrix([[0, 0]])) == Matrix([[0, 0]]))
    }

    @Test func syntheticSetsAreBalancedShapedAndSeeded() {
        func make(_ seed: UInt64) -> [Dataset] {
            var generator = SeededGenerator(seed: seed)
            return [
                SyntheticData.xor(count: 100, noise: 0.1, using: &generator),
                SyntheticData.moons(count: 100, noise: 0.1, using: &generator),
                SyntheticData.circles(count: 100, noise: 0.05, using: &generator),
                SyntheticData.spirals(count: 100, noise: 0.02, using: &generator),
                SyntheticData.blobs(count: 100, centers: [[0, 0], [3, 3]], spread: 0.5, using: &generator),
            ]
        }
        for (data, again) in zip(make(1), make(1)) {
            #expect(data.inputs == again.inputs && data.labels == again.labels)
            #expect(data.count == 100 && data.inputs.columns == 2)
            #expect(data.labels.filter { $0 == 0 }.count == 50)
        }
        #expect(make(1)[1].inputs != make(2)[1].inputs)
        // XOR's label is the sign disagreement of the two coordinates (noise 0.1 never flips a corner).
        let xor = make(3)[0]
        for row in 0..<xor.count {
            #expect((xor.inputs[row, 0] > 0) != (xor.inputs[row, 1] > 0) ? xor.labels[row] == 1 : xor.labels[row] == 0)
        }
        let samples = SyntheticData.samples(of: { $0 * $0 }, on: -1...1, count: 5)
        #expect(samples.inputs.elements == [-1, -0.5, 0, 0.5, 1])
        #expect(samples.targets.elements == [1, 0.25, 0, 0.25, 1])
    }
}
