import NetEngine

/// The digits split every digits experiment uses: every fifth image (file positions 4, 9, 14, …)
/// is held out for testing; the other 80% train.
enum DigitsSplit {
    static func load() throws -> (train: Dataset, test: Dataset) {
        let digits = try Digits.load()
        let train = (0..<digits.count).filter { $0 % 5 != 4 }
        let test = (0..<digits.count).filter { $0 % 5 == 4 }
        return (digits.subset(train), digits.subset(test))
    }
}
