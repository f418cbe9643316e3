import Testing

@testable import NetEngine

@Suite struct GeneratorTests {
    @Test func reproducesTheReferenceStream() {
        // Computed by an independent Python transcription of SplitMix64 + xoshiro256**.
        var generator = SeededGenerator(seed: 42)
        let expected: [UInt64] = [
            0x1578_0b2e_0c2e_c716, 0x6104_d986_6d11_3a7e, 0xae17_5332_39e4_99a1, 0xecb8_ad47_03b3_60a1,
        ]
        #expect((0..<4).map { _ in generator.next() } == expected)
    }

    @Test func sameSeedSameStreamDifferentSeedDifferentStream() {
        var a = SeededGenerator(seed: 7)
        var b = SeededGenerator(seed: 7)
        var c = SeededGenerator(seed: 8)
        let first = (0..<100).map { _ in a.nextNormal() }
        #expect(first == (0..<100).map { _ in b.nextNormal() })
        #expect(first != (0..<100).map { _ in c.nextNormal() })
    }

    @Test func uniformsAndNormalsHaveTheRightMoments() {
        var generator = SeededGenerator(seed: 1)
        let count = 200_000
        let uniforms = (0..<count).map { _ in generator.nextUniform() }
        #expect(uniforms.allSatisfy { (0..<1).contains($0) })
        #expect(abs(uniforms.reduce(0, +) / Double(count) - 0.5) < 0.005)
        let normals = (0..<count).map { _ in generator.nextNormal() }
        let mean = normals.reduce(0, +) / Double(count)
        let variance = normals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)
        #expect(abs(mean) < 0.01)
        #expect(abs(variance - 1) < 0.01)
    }

    @Test func integersCoverTheRangeEvenly() {
        var generator = SeededGenerator(seed: 3)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[generator.nextInt(below: 6)] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 400 })
        let permutation = generator.permutation(50)
        #expect(permutation.sorted() == Array(0..<50))
        #expect(permutation != Array(0..<50))
    }
}
