import Foundation

/// Small synthetic data sets, each drawn from a ``SeededGenerator``.
public enum SyntheticData {
    /// XOR: points near the four corners of [−1, 1]², labelled 1 where the signs differ.
    public static func xor(count: Int, noise: Double, using generator: inout SeededGenerator) -> Dataset {
        labelledPoints(count: count, classes: 2) { index in
            let (a, b) = (index % 2, (index / 2) % 2)
            let point = [
                Double(2 * a - 1) + noise * generator.nextNormal(), Double(2 * b - 1) + noise * generator.nextNormal(),
            ]
            return (point, a ^ b)
        }
    }

    /// Two interleaving half circles ("two moons").
    public static func moons(count: Int, noise: Double, using generator: inout SeededGenerator) -> Dataset {
        labelledPoints(count: count, classes: 2) { index in
            let label = index % 2
            let angle = Double.pi * generator.nextUniform()
            let point = label == 0 ? [cos(angle), sin(angle)] : [1 - cos(angle), 0.5 - sin(angle)]
            return ([point[0] + noise * generator.nextNormal(), point[1] + noise * generator.nextNormal()], label)
        }
    }

    /// Two concentric circles of radius 1 (label 0) and `innerRadius` (label 1).
    public static func circles(
        count: Int, noise: Double, innerRadius: Double = 0.5, using generator: inout SeededGenerator
    ) -> Dataset {
        labelledPoints(count: count, classes: 2) { index in
            let label = index % 2
            let angle = 2 * Double.pi * generator.nextUniform()
            let radius = label == 0 ? 1 : innerRadius
            return (
                [
                    radius * cos(angle) + noise * generator.nextNormal(),
                    radius * sin(angle) + noise * generator.nextNormal(),
                ], label
            )
        }
    }

    /// Interleaved spirals, one per class, each turning `turns` times around the origin.
    public static func spirals(
        count: Int, classes: Int = 2, turns: Double = 1.5, noise: Double, using generator: inout SeededGenerator
    ) -> Dataset {
        labelledPoints(count: count, classes: classes) { index in
            let label = index % classes
            let t = generator.nextUniform()
            let angle = 2 * Double.pi * (turns * t + Double(label) / Double(classes))
            return (
                [t * cos(angle) + noise * generator.nextNormal(), t * sin(angle) + noise * generator.nextNormal()],
                label
            )
        }
    }

    /// Gaussian blobs around `centers`, one class each, with the given standard deviation.
    public static func blobs(
        count: Int, centers: [[Double]], spread: Double, using generator: inout SeededGenerator
    ) -> Dataset {
        labelledPoints(count: count, classes: centers.count) { index in
            let label = index % centers.count
            return (centers[label].map { $0 + spread * generator.nextNormal() }, label)
        }
    }

    /// `count` evenly spaced samples of `function` on `interval`, as a regression data set.
    public static func samples(
        of function: (Double) -> Double, on interval: ClosedRange<Double>, count: Int
    ) -> Dataset {
        let xs = (0..<count).map { index in
            count == 1
                ? interval.lowerBound
                : interval.lowerBound + (interval.upperBound - interval.lowerBound) * Double(index) / Double(count - 1)
        }
        return Dataset(
            inputs: Matrix(rows: count, columns: 1, elements: xs),
            targets: Matrix(rows: count, columns: 1, elements: xs.map(function)))
    }

    private static func labelledPoints(
        count: Int, classes: Int, _ point: (Int) -> (features: [Double], label: Int)
    ) -> Dataset {
        let examples = (0..<count).map(point)
        let width = examples.first?.features.count ?? 0
        let inputs = Matrix(rows: count, columns: width, elements: examples.flatMap(\.features))
        return Dataset(inputs: inputs, labels: examples.map(\.label), classes: classes)
    }
}
