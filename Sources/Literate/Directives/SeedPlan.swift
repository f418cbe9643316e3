/// The seeds a directive runs (`seeds:`), and the names its multi-seed results are addressed by.
public enum SeedPlan {
    /// Result names no kind may use: with several seeds they address one seed or a statistic.
    public static let reservedNames: Set<String> = ["parameters", "seeds", "mean", "sd", "min", "max"]
    /// The statistics every numeric result has with several seeds, element-wise for arrays.
    public static let statistics = ["mean", "sd", "min", "max"]
    /// The most seeds a directive may run.
    public static let maximumSeeds = 32
    /// Seeds are kept below 2⁵³ so that JSON numbers carry them exactly.
    static let seedMask: UInt64 = (1 << 53) - 1

    /// Run `index`'s seed for a directive whose `seed:` is `base`: output `index + 1` of a
    /// SplitMix64 stream started at `base`, so neighbouring runs share no derived stream (kinds
    /// derive internal streams as `seed + 1`, `seed + 7`, …).
    public static func runSeed(base: UInt64, index: Int) -> UInt64 {
        var z = base &+ UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) & seedMask
    }
}
