/// The TeX commands the math converter knows, by what they become in MathML Core.
enum TeXSymbols {
    /// Letters written as identifiers; uppercase Greek is upright, as in TeX.
    static let identifiers: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω", "infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ",
    ]

    /// Uppercase Greek, upright.
    static let uprightIdentifiers: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Operators, relations, arrows and delimiters.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "pm": "±", "mp": "∓", "div": "÷", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
        "ne": "≠", "neq": "≠", "approx": "≈", "equiv": "≡", "sim": "∼", "propto": "∝", "to": "→",
        "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "Leftrightarrow": "⇔", "mapsto": "↦", "in": "∈",
        "notin": "∉", "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩", "ldots": "…", "cdots": "⋯",
        "dots": "…", "prime": "′", "circ": "∘", "ast": "∗", "vert": "|", "lvert": "|", "rvert": "|", "|": "‖",
        "{": "{", "}": "}", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈",
        "rceil": "⌉", "forall": "∀", "exists": "∃", "neg": "¬", "land": "∧", "lor": "∨", "odot": "⊙",
        "oplus": "⊕", "gg": "≫", "ll": "≪", "$": "$", "%": "%", "#": "#", "&": "&", "_": "_",
    ]

    /// Operators whose limits go under and over them in display math.
    static let largeOperators: [String: String] = ["sum": "∑", "prod": "∏", "int": "∫", "oint": "∮"]

    /// Named functions, set upright; those in `limitFunctions` take limits like `\sum`.
    static let functions: Set<String> = [
        "max", "min", "log", "ln", "exp", "tanh", "sinh", "cosh", "sin", "cos", "tan", "lim", "arg", "det", "sup",
        "inf", "argmax", "argmin", "sgn", "softmax",
    ]
    static let limitFunctions: Set<String> = ["max", "min", "lim", "sup", "inf", "argmax", "argmin"]

    /// Spacing commands and their widths.
    static let spaces: [String: String] = [
        ",": "0.1667em", ":": "0.2222em", ";": "0.2778em", "quad": "1em", "qquad": "2em", " ": "0.25em",
    ]

    /// Accents and the mark set over their argument.
    static let accents: [String: String] = ["hat": "^", "bar": "¯", "tilde": "˜", "vec": "→", "dot": "˙"]

    /// Letter styles MathML Core leaves to Unicode: each letter becomes its styled code point.
    static func styled(_ letter: Character, style: String) -> Character? {
        let exceptions: [String: [Character: Character]] = [
            "mathbb": ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
            "mathcal": [
                "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
            ],
        ]
        if let special = exceptions[style]?[letter] { return special }
        guard let ascii = letter.asciiValue else { return nil }
        let base: UInt32
        switch (style, ascii) {
        case ("mathbb", 65...90): base = 0x1D538 + UInt32(ascii - 65)
        case ("mathbb", 48...57): base = 0x1D7D8 + UInt32(ascii - 48)
        case ("mathcal", 65...90): base = 0x1D49C + UInt32(ascii - 65)
        case ("mathbf", 65...90): base = 0x1D400 + UInt32(ascii - 65)
        case ("mathbf", 97...122): base = 0x1D41A + UInt32(ascii - 97)
        default: return nil
        }
        return Unicode.Scalar(base).map(Character.init)
    }

    /// Matrix environments and the fences around them.
    static let environments: [String: (open: String, close: String)] = [
        "matrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "vmatrix": ("|", "|"), "cases": ("{", ""),
    ]

    /// Every command name, for suggestions.
    static var allNames: [String] {
        Array(identifiers.keys) + Array(uprightIdentifiers.keys) + Array(operators.keys)
            + Array(largeOperators.keys) + Array(functions) + Array(spaces.keys) + Array(accents.keys)
            + [
                "frac", "dfrac", "tfrac", "sqrt", "left", "right", "text", "mathrm", "operatorname", "mathbb",
                "mathcal", "mathbf", "begin", "end",
            ]
    }
}
