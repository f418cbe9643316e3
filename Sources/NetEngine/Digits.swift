import Foundation

/// The 8×8 handwritten digits (UCI "Optical Recognition of Handwritten Digits", test split;
/// 1797 images, pixel values 0…16), shipped as a resource of this module.
public enum Digits {
    /// Pixels per image.
    public static let features = 64
    /// Number of classes (the digits 0–9).
    public static let classes = 10
    /// The largest pixel value in the file.
    public static let maximumPixel = 16.0

    /// A failure to read the bundled file.
    public struct LoadError: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// All 1797 images in file order, pixels divided by 16 (so in [0, 1]), with one-hot targets.
    public static func load() throws -> Dataset {
        guard let url = Bundle.module.url(forResource: "digits", withExtension: "csv") else {
            throw LoadError(description: "digits.csv is missing from the NetEngine resources")
        }
        return try parse(String(contentsOf: url, encoding: .utf8))
    }

    /// Parses the CSV layout `label,p0,…,p63` (one header line).
    static func parse(_ text: String) throws -> Dataset {
        var labels: [Int] = []
        var pixels: [Double] = []
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",")
            guard fields.count == features + 1, let label = Int(fields[0]), (0..<classes).contains(label) else {
                throw LoadError(
                    description: "digits.csv line \(number + 1): expected a label 0-9 and \(features) pixels")
            }
            labels.append(label)
            for field in fields.dropFirst() {
                guard let value = Double(field) else {
                    throw LoadError(description: "digits.csv line \(number + 1): '\(field)' is not a number")
                }
                pixels.append(value / maximumPixel)
            }
        }
        let inputs = Matrix(rows: labels.count, columns: features, elements: pixels)
        return Dataset(inputs: inputs, labels: labels, classes: classes)
    }

    /// Multiplies every pixel by `factor` (below 1 dims, above 1 brightens), clipped to [0, 1] as
    /// a real image's pixels would be.
    public static func scaleIntensity(_ inputs: Matrix, by factor: Double) -> Matrix {
        inputs.map { min(max($0 * factor, 0), 1) }
    }

    /// Standardizes each image on its own: zero mean and unit standard deviation over its pixels
    /// (a blank image stays all zero).
    public static func normalizePerImage(_ inputs: Matrix) -> Matrix {
        var result = inputs
        let width = Double(inputs.columns)
        for row in 0..<inputs.rows {
            let values = inputs.row(row)
            let mean = values.reduce(0, +) / width
            let deviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / width).squareRoot()
            for column in 0..<inputs.columns {
                result[row, column] = deviation > 0 ? (values[column] - mean) / deviation : 0
            }
        }
        return result
    }
}

/// The engine's resource bundle (the digits data), for callers that fingerprint resources.
public let netEngineResourceBundle: Bundle = .module
