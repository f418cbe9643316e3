/// Pearson correlation (0 when either side is constant).
func correlation(_ a: [Double], _ b: [Double]) -> Double {
    let count = Double(a.count)
    let meanA = a.reduce(0, +) / count
    let meanB = b.reduce(0, +) / count
    var covariance = 0.0
    var varianceA = 0.0
    var varianceB = 0.0
    for (x, y) in zip(a, b) {
        covariance += (x - meanA) * (y - meanB)
        varianceA += (x - meanA) * (x - meanA)
        varianceB += (y - meanB) * (y - meanB)
    }
    return varianceA > 0 && varianceB > 0 ? covariance / (varianceA * varianceB).squareRoot() : 0
}

/// The standard deviation of `values` around their mean, dividing by their count (0 for none).
func populationStandardDeviation(_ values: [Double]) -> Double {
    let mean = values.reduce(0, +) / Double(max(values.count, 1))
    return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count, 1))).squareRoot()
}

/// The arithmetic mean (NaN for no values).
public func mean(_ values: [Double]) -> Double {
    values.reduce(0, +) / Double(values.count)
}

/// The sample standard deviation, dividing by count − 1 (NaN for fewer than two values).
public func sampleStandardDeviation(_ values: [Double]) -> Double {
    guard values.count > 1 else { return .nan }
    let center = mean(values)
    return (values.reduce(0) { $0 + ($1 - center) * ($1 - center) } / Double(values.count - 1)).squareRoot()
}
