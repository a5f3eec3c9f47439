/// The TeX commands that stand for a single symbol, grouped by how they become MathML.
///
/// Characters follow the choices of KaTeX and Temml (e.g. `\varepsilon` is U+03B5, `\epsilon` U+03F5).
enum TeXSymbols {
    /// Lowercase Greek letters: italic identifiers.
    static let lowercaseGreek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "varkappa": "ϰ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
        "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    ]

    /// Uppercase Greek letters: upright identifiers, as in TeX.
    static let uppercaseGreek: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Other ordinary symbols: identifiers. The ones that MathML would italicize are marked upright.
    static let ordinary: [String: String] = [
        "infty": "∞", "nabla": "∇", "partial": "∂", "forall": "∀", "exists": "∃", "nexists": "∄",
        "emptyset": "∅", "varnothing": "∅", "ell": "ℓ", "hbar": "ℏ", "aleph": "ℵ", "Re": "ℜ",
        "Im": "ℑ", "top": "⊤", "bot": "⊥", "prime": "′", "angle": "∠", "triangle": "△",
        "imath": "ı", "jmath": "ȷ", "dagger": "†", "intercal": "⊺", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_",
    ]

    /// Binary operators, relations, arrows and punctuation: operators.
    static let operators: [String: String] = [
        "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "⋅", "ast": "∗", "star": "⋆",
        "circ": "∘", "bullet": "∙", "oplus": "⊕", "ominus": "⊖", "otimes": "⊗", "odot": "⊙",
        "cap": "∩", "cup": "∪", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨", "setminus": "∖",
        "neg": "¬", "lnot": "¬",
        "neq": "≠", "ne": "≠", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ll": "≪", "gg": "≫",
        "lesssim": "≲", "gtrsim": "≳", "leqslant": "⩽", "geqslant": "⩾",
        "approx": "≈", "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝",
        "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
        "supseteq": "⊇", "mid": "∣", "nmid": "∤", "parallel": "∥", "perp": "⊥", "models": "⊨",
        "vdash": "⊢", "triangleq": "≜", "coloneqq": "≔", "doteq": "≐", "prec": "≺", "succ": "≻",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "mapsto": "↦", "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔",
        "implies": "⟹", "impliedby": "⟸", "iff": "⟺", "longrightarrow": "⟶", "longleftarrow": "⟵",
        "longmapsto": "⟼", "Longrightarrow": "⟹", "Longleftarrow": "⟸", "Longleftrightarrow": "⟺", "uparrow": "↑", "downarrow": "↓", "hookrightarrow": "↪",
        "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "colon": ":",
    ]

    /// Large operators and whether they take limits (under and over) in display style.
    static let largeOperators: [String: (symbol: String, limits: Bool)] = [
        "sum": ("∑", true), "prod": ("∏", true), "coprod": ("∐", true), "bigcup": ("⋃", true),
        "bigcap": ("⋂", true), "bigoplus": ("⨁", true), "bigotimes": ("⨂", true),
        "bigvee": ("⋁", true), "bigwedge": ("⋀", true),
        "int": ("∫", false), "iint": ("∬", false), "iiint": ("∭", false), "oint": ("∮", false),
    ]

    /// Operator names (`\log`, `\max`, ...): the upright text, and whether they take limits in display style.
    static let functions: [String: (name: String, limits: Bool)] = {
        var table: [String: (name: String, limits: Bool)] = [:]
        for name in ["arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg",
                     "dim", "exp", "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh"] {
            table[name] = (name, false)
        }
        for name in ["det", "gcd", "inf", "lim", "max", "min", "Pr", "sup"] {
            table[name] = (name, true)
        }
        table["liminf"] = ("lim inf", true)
        table["limsup"] = ("lim sup", true)
        table["argmax"] = ("arg max", true)
        table["argmin"] = ("arg min", true)
        return table
    }()

    /// Horizontal spaces, as widths.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        "negthinspace": "-0.1667em", " ": "0.3333em", "quad": "1em", "qquad": "2em",
    ]

    /// Delimiters usable after `\left`, `\right`, `\big` and alone, with the opening ones marked.
    static let delimiters: [String: (symbol: String, opens: Bool)] = [
        "(": ("(", true), ")": (")", false), "[": ("[", true), "]": ("]", false),
        "\\{": ("{", true), "\\}": ("}", false), "\\lbrace": ("{", true), "\\rbrace": ("}", false),
        "\\lbrack": ("[", true), "\\rbrack": ("]", false),
        "|": ("|", false), "\\vert": ("|", false), "\\lvert": ("|", true), "\\rvert": ("|", false),
        "\\|": ("‖", false), "\\Vert": ("‖", false), "\\lVert": ("‖", true), "\\rVert": ("‖", false),
        "\\langle": ("⟨", true), "\\rangle": ("⟩", false), "<": ("⟨", true), ">": ("⟩", false),
        "\\lfloor": ("⌊", true), "\\rfloor": ("⌋", false), "\\lceil": ("⌈", true), "\\rceil": ("⌉", false),
        "/": ("/", false), "\\backslash": ("∖", false), ".": ("", false),
    ]

    /// Accents over a base: the mark, and whether it stretches to the base's width.
    /// Bars use U+0332 (combining low line), the one bar that math fonts such as Latin Modern Math and
    /// TeX Gyre stretch in Chromium; `\vec` uses the small combining arrow, as in TeX.
    static let accents: [String: (mark: String, stretchy: Bool)] = [
        "hat": ("^", false), "widehat": ("^", true), "check": ("ˇ", false), "tilde": ("~", false),
        "widetilde": ("~", true), "bar": ("¯", false), "overline": ("\u{332}", true), "dot": ("˙", false),
        "ddot": ("¨", false), "breve": ("˘", false), "acute": ("´", false), "grave": ("`", false),
        "vec": ("\u{20D7}", false), "overrightarrow": ("→", true), "overleftarrow": ("←", true),
        "overbrace": ("⏞", true),
    ]

    /// Marks under a base: the mark, and whether it stretches.
    static let underAccents: [String: (mark: String, stretchy: Bool)] = [
        "underline": ("\u{332}", true), "underbrace": ("⏟", true),
    ]

    /// Sizes of `\big`-style delimiters.
    static let bigSizes: [String: String] = [
        "big": "1.2em", "Big": "1.8em", "bigg": "2.4em", "Bigg": "3em",
    ]
}
