/// Converts a TeX subset to MathML Core, which browsers render natively (no script, offline):
/// fractions, roots, sub- and superscripts, Greek letters, operators with limits, named
/// functions, relations, `\left … \right`, `\text`, `\mathbb`/`\mathcal`/`\mathbf` (as Unicode
/// letters: MathML Core only knows `mathvariant="normal"`), `\operatorname`, accents, spaces and
/// small matrices. An unknown command or an unbalanced brace is an error at its byte offset.
struct TeXMath {
    /// What is wrong, and where in the TeX (a byte offset).
    struct ConversionError: Error, Equatable {
        var offset: Int
        var message: String
    }

    private let scalars: [Unicode.Scalar]
    private let offsets: [Int]
    private let display: Bool
    private var position = 0

    private init(_ tex: String, display: Bool) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in tex.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += String(scalar).utf8.count
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
        self.display = display
    }

    /// The `<math>` element for `tex`.
    static func convert(_ tex: String, display: Bool) -> Result<String, ConversionError> {
        var parser = TeXMath(tex, display: display)
        do {
            let body = try parser.expression(until: [])
            let attribute = display ? " display=\"block\"" : ""
            return .success("<math\(attribute)>\(row(body))</math>")
        } catch let failure as ConversionError {
            return .failure(failure)
        } catch {
            return .failure(ConversionError(offset: 0, message: "\(error)"))
        }
    }

    // MARK: - Grammar

    /// Items until one of `stops` (a closing brace, `&`, `\\`, `\right`, `\end`) or the end.
    private mutating func expression(until stops: Set<String>) throws -> [String] {
        var items: [String] = []
        while let next = peekToken() {
            if stops.contains(next) { break }
            if next == "}" { throw ConversionError(offset: offsets[position], message: "this } closes nothing") }
            if next == "&" || next == "\\\\" || next == "\\right" || next == "\\end" {
                throw ConversionError(
                    offset: offsets[position], message: "'\(next)' belongs inside a matrix or after \\left")
            }
            items.append(try scripted())
        }
        return Self.markingSigns(items)
    }

    /// A sign (`+`, `−`, `±`) first in its row or right after an operator that is not a closing
    /// one, as in `(-z)` or `= -w`, is prefix: no space on either side, as TeX sets it.
    static func markingSigns(_ items: [String]) -> [String] {
        let signs: Set<String> = ["<mo>−</mo>", "<mo>+</mo>", "<mo>±</mo>"]
        let closing: Set<String> = ["<mo>)</mo>", "<mo>]</mo>", "<mo>|</mo>", "<mo>‖</mo>", "<mo>′</mo>", "<mo>!</mo>"]
        return items.indices.map { index in
            let item = items[index]
            guard signs.contains(item) else { return item }
            let previous = index > 0 ? items[index - 1] : nil
            guard previous.map({ $0.hasPrefix("<mo") && !closing.contains($0) }) ?? true else { return item }
            return item.replacingOccurrences(of: "<mo>", with: "<mo form=\"prefix\">")
        }
    }

    /// An atom with its `^` and `_` scripts.
    private mutating func scripted() throws -> String {
        let (base, limits) = try atom()
        var sub: String?
        var sup: String?
        while let next = peekToken(), next == "^" || next == "_" {
            let at = offsets[position]
            position += 1
            let script = try argument(after: next)
            if next == "^" {
                guard sup == nil else {
                    throw ConversionError(offset: at, message: "a second superscript; group them with { }")
                }
                sup = script
            } else {
                guard sub == nil else {
                    throw ConversionError(offset: at, message: "a second subscript; group them with { }")
                }
                sub = script
            }
        }
        let under = limits && display
        switch (sub, sup) {
        case (nil, nil): return base
        case (let sub?, nil): return under ? "<munder>\(base)\(sub)</munder>" : "<msub>\(base)\(sub)</msub>"
        case (nil, let sup?): return under ? "<mover>\(base)\(sup)</mover>" : "<msup>\(base)\(sup)</msup>"
        case (let sub?, let sup?):
            return under
                ? "<munderover>\(base)\(sub)\(sup)</munderover>" : "<msubsup>\(base)\(sub)\(sup)</msubsup>"
        }
    }

    /// One atom, and whether it takes its limits under and over it.
    private mutating func atom() throws -> (String, Bool) {
        let at = offsets[position]
        let scalar = scalars[position]
        if scalar == "{" {
            position += 1
            return (Self.row(try group(openedAt: at)), false)
        }
        if scalar == "\\" { return try command() }
        if scalar == "^" || scalar == "_" { return ("<mrow></mrow>", false) }
        position += 1
        if scalar.properties.isWhitespace { return ("", false) }
        if ("0"..."9").contains(scalar)
            || (scalar == "." && position < scalars.count && ("0"..."9").contains(scalars[position]))
        {
            var digits = String(scalar)
            while position < scalars.count, ("0"..."9").contains(scalars[position]) || scalars[position] == "." {
                digits.unicodeScalars.append(scalars[position])
                position += 1
            }
            return ("<mn>\(digits)</mn>", false)
        }
        if scalar.properties.isAlphabetic { return ("<mi>\(Self.escaped(String(scalar)))</mi>", false) }
        if scalar == "~" { return ("<mspace width=\"0.25em\"></mspace>", false) }
        let text = scalar == "-" ? "−" : scalar == "'" ? "′" : String(scalar)
        return ("<mo>\(Self.escaped(text))</mo>", false)
    }

    /// After `{`: the items up to the matching `}`.
    private mutating func group(openedAt at: Int) throws -> [String] {
        let items = try expression(until: ["}"])
        guard peekToken() == "}" else { throw ConversionError(offset: at, message: "this { is never closed") }
        position += 1
        return items
    }

    /// A script or command argument: a braced group or a single atom.
    private mutating func argument(after name: String) throws -> String {
        skipSpaces()
        guard position < scalars.count else {
            throw ConversionError(offset: offsets[position], message: "\(name) needs an argument")
        }
        return try atom().0
    }

    /// A braced argument's raw text (for `\text`, `\mathbb`, `\begin`, …).
    private mutating func rawArgument(of name: String) throws -> String {
        skipSpaces()
        let at = offsets[position]
        guard position < scalars.count, scalars[position] == "{" else {
            throw ConversionError(offset: at, message: "\\\(name) takes its argument in braces, e.g. \\\(name){…}")
        }
        position += 1
        var depth = 1
        var text = ""
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if scalar == "{" { depth += 1 }
            if scalar == "}" {
                depth -= 1
                if depth == 0 { return text }
            }
            text.unicodeScalars.append(scalar)
        }
        throw ConversionError(offset: at, message: "this { is never closed")
    }

    private mutating func command() throws -> (String, Bool) {
        let at = offsets[position]
        let name = readCommandName()
        if let letter = TeXSymbols.identifiers[name] { return ("<mi>\(letter)</mi>", false) }
        if let letter = TeXSymbols.uprightIdentifiers[name] {
            return ("<mi mathvariant=\"normal\">\(letter)</mi>", false)
        }
        if let symbol = TeXSymbols.operators[name] { return ("<mo>\(Self.escaped(symbol))</mo>", false) }
        if let symbol = TeXSymbols.largeOperators[name] {
            return ("<mo largeop=\"true\" movablelimits=\"true\">\(symbol)</mo>", name != "int" && name != "oint")
        }
        if TeXSymbols.functions.contains(name) {
            return ("<mi>\(name)</mi>", TeXSymbols.limitFunctions.contains(name))
        }
        if let width = TeXSymbols.spaces[name] { return ("<mspace width=\"\(width)\"></mspace>", false) }
        if let mark = TeXSymbols.accents[name] {
            let base = try argument(after: "\\" + name)
            return ("<mover accent=\"true\">\(base)<mo>\(Self.escaped(mark))</mo></mover>", false)
        }
        switch name {
        case "frac", "dfrac", "tfrac":
            let numerator = try argument(after: "\\" + name)
            return ("<mfrac>\(numerator)\(try argument(after: "\\" + name))</mfrac>", false)
        case "sqrt":
            skipSpaces()
            if position < scalars.count, scalars[position] == "[" {
                position += 1
                let index = try expression(until: ["]"])
                guard peekToken() == "]" else {
                    throw ConversionError(offset: at, message: "\\sqrt[ is never closed by ]")
                }
                position += 1
                return ("<mroot>\(try argument(after: "\\sqrt"))\(Self.row(index))</mroot>", false)
            }
            return ("<msqrt>\(try argument(after: "\\sqrt"))</msqrt>", false)
        case "left": return (try fenced(openedAt: at), false)
        case "text": return ("<mtext>\(Self.escaped(try rawArgument(of: name)))</mtext>", false)
        case "mathrm", "operatorname":
            let text = try rawArgument(of: name)
            return ("<mi mathvariant=\"normal\">\(Self.escaped(text))</mi>", false)
        case "mathbb", "mathcal", "mathbf":
            let text = try rawArgument(of: name)
            let letters = try text.map { letter -> Character in
                guard let styled = TeXSymbols.styled(letter, style: name) else {
                    throw ConversionError(offset: at, message: "\\\(name) takes letters A–Z, not '\(letter)'")
                }
                return styled
            }
            return ("<mi>\(String(letters))</mi>", false)
        case "begin": return (try environment(openedAt: at), false)
        default:
            let notes = Suggestions.closest(to: name, in: TeXSymbols.allNames).map { "; did you mean \\\($0)?" } ?? ""
            throw ConversionError(offset: at, message: "unknown TeX command \\\(name)\(notes)")
        }
    }

    /// `\left X … \right Y`.
    private mutating func fenced(openedAt at: Int) throws -> String {
        let open = try delimiter(after: "\\left")
        let body = try expression(until: ["\\right"])
        guard peekToken() == "\\right" else { throw ConversionError(offset: at, message: "this \\left has no \\right") }
        _ = readCommandName()
        let close = try delimiter(after: "\\right")
        return "<mrow>\(Self.fence(open))\(body.joined())\(Self.fence(close))</mrow>"
    }

    private mutating func delimiter(after name: String) throws -> String {
        skipSpaces()
        let at = offsets[position]
        guard position < scalars.count else { throw ConversionError(offset: at, message: "\(name) needs a delimiter") }
        if scalars[position] == "\\" {
            let command = readCommandName()
            guard let symbol = TeXSymbols.operators[command] else {
                throw ConversionError(offset: at, message: "\\\(command) is not a delimiter for \(name)")
            }
            return symbol
        }
        let scalar = scalars[position]
        position += 1
        guard "()[]|./<>".unicodeScalars.contains(scalar) else {
            throw ConversionError(offset: at, message: "'\(scalar)' is not a delimiter for \(name)")
        }
        return scalar == "." ? "" : scalar == "<" ? "⟨" : scalar == ">" ? "⟩" : String(scalar)
    }

    /// `\begin{pmatrix} a & b \\ c & d \end{pmatrix}` and its kin.
    private mutating func environment(openedAt at: Int) throws -> String {
        let name = try rawArgument(of: "begin")
        guard let fences = TeXSymbols.environments[name] else {
            throw ConversionError(
                offset: at, message: "unknown environment '\(name)'; known: matrix, pmatrix, bmatrix, vmatrix, cases")
        }
        var rows: [[String]] = [[]]
        while true {
            let cell = try expression(until: ["&", "\\\\", "\\end"])
            rows[rows.count - 1].append(Self.row(cell))
            guard let next = peekToken() else {
                throw ConversionError(offset: at, message: "\\begin{\(name)} has no \\end{\(name)}")
            }
            position += next == "&" ? 1 : next == "\\\\" ? 2 : 0
            if next == "\\\\" { rows.append([]) }
            if next == "\\end" {
                _ = readCommandName()
                let closing = try rawArgument(of: "end")
                guard closing == name else {
                    throw ConversionError(offset: at, message: "\\begin{\(name)} is closed by \\end{\(closing)}")
                }
                break
            }
        }
        if rows.count > 1, rows.last == [Self.row([])] { rows.removeLast() }
        let align = name == "cases" ? " columnalign=\"left\"" : ""
        let table =
            "<mtable\(align)>" + rows.map { "<mtr>" + $0.map { "<mtd>\($0)</mtd>" }.joined() + "</mtr>" }.joined()
            + "</mtable>"
        return "<mrow>\(Self.fence(fences.open))\(table)\(Self.fence(fences.close))</mrow>"
    }

    // MARK: - Tokens

    /// The next token without consuming it: `\name`, `\\`, or one character; spaces are skipped.
    private mutating func peekToken() -> String? {
        skipSpaces()
        guard position < scalars.count else { return nil }
        guard scalars[position] == "\\" else { return String(scalars[position]) }
        let start = position
        let name = readCommandName()
        position = start
        return name == "\\" ? "\\\\" : "\\" + name
    }

    /// After a backslash: a run of letters, or one other character.
    private mutating func readCommandName() -> String {
        position += 1
        guard position < scalars.count else { return "" }
        var name = ""
        while position < scalars.count, scalars[position].properties.isAlphabetic, scalars[position].isASCII {
            name.unicodeScalars.append(scalars[position])
            position += 1
        }
        if name.isEmpty {
            name = String(scalars[position])
            position += 1
        }
        return name
    }

    private mutating func skipSpaces() {
        while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
    }

    private static func fence(_ symbol: String) -> String {
        symbol.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\">\(escaped(symbol))</mo>"
    }

    private static func row(_ items: [String]) -> String {
        let present = items.filter { !$0.isEmpty }
        return present.count == 1 ? present[0] : "<mrow>\(present.joined())</mrow>"
    }

    /// `text` with `&`, `<` and `>` escaped for HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
