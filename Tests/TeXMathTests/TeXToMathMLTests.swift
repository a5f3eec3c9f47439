import TeXMath
import XCTest

final class TeXToMathMLTests: XCTestCase {
    /// The MathML between the outer `<mrow>` and the annotation, which every row below checks.
    private func body(_ tex: String, display: Bool = false, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let math = try TeXToMathML.convert(tex, display: display)
            let start = try XCTUnwrap(math.range(of: "<semantics><mrow>"), file: file, line: line).upperBound
            let end = try XCTUnwrap(math.range(of: "</mrow><annotation", options: .backwards), file: file, line: line).lowerBound
            return String(math[start..<end])
        } catch {
            XCTFail("\(tex): \(error)", file: file, line: line)
            return ""
        }
    }

    private func assertRows(_ rows: [(tex: String, mathml: String)], display: Bool = false,
                            file: StaticString = #filePath, line: UInt = #line) {
        for row in rows {
            XCTAssertEqual(body(row.tex, display: display), row.mathml, row.tex, file: file, line: line)
        }
    }

    func testWholeElementEscapesSourceAndContent() throws {
        XCTAssertEqual(try TeXToMathML.convert(" x < y \\& z\n", display: true), """
            <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>x</mi><mo>&lt;</mo>\
            <mi>y</mi><mi>&amp;</mi><mi>z</mi></mrow><annotation encoding="application/x-tex">x &lt; y \\&amp; z\
            </annotation></semantics></math>
            """)
        XCTAssertEqual(try TeXToMathML.convert("a", display: false), """
            <math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><semantics><mrow><mi>a</mi></mrow>\
            <annotation encoding="application/x-tex">a</annotation></semantics></math>
            """)
    }

    func testNumbersIdentifiersOperators() {
        assertRows([
            ("3.14 + 12", "<mn>3.14</mn><mo>+</mo><mn>12</mn>"),
            ("a-b=c", "<mi>a</mi><mo>−</mo><mi>b</mi><mo>=</mo><mi>c</mi>"),
            ("x > 0, y < 1", "<mi>x</mi><mo>&gt;</mo><mn>0</mn><mo>,</mo><mi>y</mi><mo>&lt;</mo><mn>1</mn>"),
            ("f(x) = [a] |b|", """
                <mi>f</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>=</mo>\
                <mo stretchy="false">[</mo><mi>a</mi><mo stretchy="false">]</mo><mo stretchy="false" lspace="0em" rspace="0em">|</mo>\
                <mi>b</mi><mo stretchy="false" lspace="0em" rspace="0em">|</mo>
                """),
            ("a * b / c", "<mi>a</mi><mo>∗</mo><mi>b</mi><mo>/</mo><mi>c</mi>"),
            ("x % a comment\n+ 1", "<mi>x</mi><mo>+</mo><mn>1</mn>"),
        ])
    }

    func testFractions() {
        assertRows([
            (#"\frac{a}{b}"#, "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
            (#"\frac12"#, "<mfrac><mn>1</mn><mn>2</mn></mfrac>"),
            (#"\dfrac{1}{x+1}"#, """
                <mstyle displaystyle="true" scriptlevel="0"><mfrac><mn>1</mn><mrow><mi>x</mi><mo>+</mo><mn>1</mn>\
                </mrow></mfrac></mstyle>
                """),
            (#"\tfrac{1}{2}"#, #"<mstyle displaystyle="false"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"#),
            (#"\binom{n}{k}"#, """
                <mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac linethickness="0"><mi>n</mi>\
                <mi>k</mi></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>
                """),
        ])
    }

    func testScriptsAndPrimes() {
        assertRows([
            ("x_1", "<msub><mi>x</mi><mn>1</mn></msub>"),
            ("x^{2n}", "<msup><mi>x</mi><mrow><mn>2</mn><mi>n</mi></mrow></msup>"),
            ("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"),
            ("x^2_i", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"),
            ("x^23", "<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>"),
            ("{x_1}^2", "<msup><msub><mi>x</mi><mn>1</mn></msub><mn>2</mn></msup>"),
            (#"x_{i,j}"#, "<msub><mi>x</mi><mrow><mi>i</mi><mo>,</mo><mi>j</mi></mrow></msub>"),
            (#"e^{-\alpha}"#, "<msup><mi>e</mi><mrow><mo>−</mo><mi>α</mi></mrow></msup>"),
            ("f'(x)", #"<mrow><mi>f</mi><mo>′</mo></mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo>"#),
            ("f''", "<mrow><mi>f</mi><mo>″</mo></mrow>"),
            ("f'^2_1", "<msubsup><mrow><mi>f</mi><mo>′</mo></mrow><mn>1</mn><mn>2</mn></msubsup>"),
        ])
    }

    func testLargeOperatorsTakeLimitsOnlyInDisplay() {
        let sum = #"\sum_{i=1}^n x_i"#
        let limits = "<mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi>"
        assertRows([
            (sum, "<msubsup><mo>∑</mo>\(limits)</msubsup><msub><mi>x</mi><mi>i</mi></msub>"),
            (#"\sum\limits_i"#, "<munder><mo>∑</mo><mi>i</mi></munder>"),
            (#"\prod_i p"#, "<msub><mo>∏</mo><mi>i</mi></msub><mi>p</mi>"),
        ])
        assertRows([
            (sum, "<munderover><mo>∑</mo>\(limits)</munderover><msub><mi>x</mi><mi>i</mi></msub>"),
            (#"\prod_i p"#, "<munder><mo>∏</mo><mi>i</mi></munder><mi>p</mi>"),
            (#"\int_0^1 f"#, "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi>"),
            (#"\sum\nolimits_i"#, "<msub><mo>∑</mo><mi>i</mi></msub>"),
            (#"\frac{\sum_i a}{2}"#, "<mfrac><mrow><msub><mo>∑</mo><mi>i</mi></msub><mi>a</mi></mrow><mn>2</mn></mfrac>"),
        ], display: true)
    }

    func testOperatorNames() {
        let thin = #"<mspace width="0.1667em"/>"#
        let apply = "<mo>&#x2061;</mo>\(thin)"
        let argmax = #"<mrow><mi>arg</mi><mspace width="0.1667em"/><mi>max</mi></mrow>"#
        assertRows([
            (#"\log x"#, "<mi>log</mi>\(apply)<mi>x</mi>"),
            (#"\exp(x)"#, #"<mi>exp</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo>"#),
            (#"\log_2 n"#, "<msub><mi>log</mi><mn>2</mn></msub>\(apply)<mi>n</mi>"),
            (#"\ln p \sin\theta \cos\phi"#, """
                <mi>ln</mi>\(apply)<mi>p</mi>\(thin)<mi>sin</mi>\(apply)<mi>θ</mi>\(thin)<mi>cos</mi>\(apply)<mi>ϕ</mi>
                """),
            (#"\det A \Pr(B)"#, #"<mi>det</mi>\#(apply)<mi>A</mi>\#(thin)<mi>Pr</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>B</mi><mo stretchy="false">)</mo>"#),
            (#"\max_D V"#, "<msub><mi>max</mi><mi>D</mi></msub>\(apply)<mi>V</mi>"),
            (#"\operatorname{softmax} z"#, "<mi>softmax</mi>\(apply)<mi>z</mi>"),
            (#"\arg\max_\theta L"#, "<msub>\(argmax)<mi>θ</mi></msub>\(apply)<mi>L</mi>"),
        ])
        assertRows([
            (#"\min_G \max_D V"#, "<munder><mi>min</mi><mi>G</mi></munder>\(apply)<munder><mi>max</mi><mi>D</mi></munder>\(apply)<mi>V</mi>"),
            (#"\arg\max_\theta L"#, "<munder>\(argmax)<mi>θ</mi></munder>\(apply)<mi>L</mi>"),
            (#"\argmin_x f"#, "<munder><mrow><mi>arg</mi><mspace width=\"0.1667em\"/><mi>min</mi></mrow><mi>x</mi></munder>\(apply)<mi>f</mi>"),
            (#"\operatorname*{arg\,max}_x f"#, "<munder>\(argmax)<mi>x</mi></munder>\(apply)<mi>f</mi>"),
            (#"\operatorname{D}_x f"#, #"<msub><mi mathvariant="normal">D</mi><mi>x</mi></msub>\#(apply)<mi>f</mi>"#),
            (#"\lim_{n \to \infty} a_n"#, "<munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder>\(apply)<msub><mi>a</mi><mi>n</mi></msub>"),
            (#"\sup_x f \inf_y g"#, "<munder><mi>sup</mi><mi>x</mi></munder>\(apply)<mi>f</mi>\(thin)<munder><mi>inf</mi><mi>y</mi></munder>\(apply)<mi>g</mi>"),
        ], display: true)
    }

    func testGreekLetters() {
        assertRows([
            (#"\alpha\beta\gamma\epsilon\varepsilon\theta\vartheta\phi\varphi\omega"#,
             "<mi>α</mi><mi>β</mi><mi>γ</mi><mi>ϵ</mi><mi>ε</mi><mi>θ</mi><mi>ϑ</mi><mi>ϕ</mi><mi>φ</mi><mi>ω</mi>"),
            (#"\Gamma \Omega"#, #"<mi mathvariant="normal">Γ</mi><mi mathvariant="normal">Ω</mi>"#),
        ])
        let lowercase = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
                         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi",
                         "chi", "psi", "omega", "varepsilon", "vartheta", "varphi", "varpi", "varrho", "varsigma",
                         "varkappa"]
        let uppercase = ["Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"]
        for name in lowercase + uppercase {
            XCTAssertTrue(body("\\" + name).hasPrefix("<mi"), name)
        }
    }

    func testFonts() {
        assertRows([
            (#"\mathbb{E}_{x \sim p}"#, "<msub><mi>𝔼</mi><mrow><mi>x</mi><mo>∼</mo><mi>p</mi></mrow></msub>"),
            (#"\mathbb R^n \mathbb{1}"#, "<msup><mi>ℝ</mi><mi>n</mi></msup><mn>𝟙</mn>"),
            (#"\mathcal{L} \mathcal D"#, "<mi>ℒ</mi><mi>𝒟</mi>"),
            (#"\mathbf{W}_1 \mathbf{xy}"#, "<msub><mi>𝐖</mi><mn>1</mn></msub><mi>𝐱𝐲</mi>"),
            (#"\boldsymbol{\theta} \boldsymbol x \boldsymbol{\Sigma}"#, "<mi>𝜽</mi><mi>𝒙</mi><mi>𝚺</mi>"),
            (#"\mathrm{KL} \mathrm{d}x \mathrm{\Delta}"#, #"<mi>KL</mi><mi mathvariant="normal">d</mi><mi>x</mi><mi mathvariant="normal">Δ</mi>"#),
            (#"\text{if } x \text{ is {big}\$}"#, "<mtext>if&#xA0;</mtext><mi>x</mi><mtext>&#xA0;is big$</mtext>"),
            (#"\text{ }"#, "<mtext>&#xA0;</mtext>"),
            (#"\textbf{new} \textit{old}"#, #"<mtext style="font-weight: bold">new</mtext><mtext style="font-style: italic">old</mtext>"#),
            (#"\mathsf{A} \mathtt{b} \mathfrak{g} \mathbf{\Sigma} \mathit{x}"#, "<mi>𝖠</mi><mi>𝚋</mi><mi>𝔤</mi><mi>𝚺</mi><mi>𝑥</mi>"),
        ])
    }

    func testAccents() {
        assertRows([
            (#"\hat{\theta}"#, #"<mover accent="true"><mi>θ</mi><mo stretchy="false">^</mo></mover>"#),
            (#"\bar x \tilde y"#, #"<mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover><mover accent="true"><mi>y</mi><mo stretchy="false">~</mo></mover>"#),
            (#"\dot x \vec v"#, #"<mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover><mover accent="true"><mi>v</mi><mo stretchy="false">&#x20D7;</mo></mover>"#),
            (#"\widehat{xy}"#, #"<mover accent="true"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy="true">^</mo></mover>"#),
            (#"\overline{p}_g"#, #"<msub><mover accent="true"><mi>p</mi><mo stretchy="true">&#x332;</mo></mover><mi>g</mi></msub>"#),
            (#"\underline{x}"#, #"<munder accentunder="true"><mi>x</mi><mo stretchy="true">&#x332;</mo></munder>"#),
            (#"\overrightarrow{AB}"#, #"<mover accent="true"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy="true">→</mo></mover>"#),
            (#"\underbrace{a+b}_{n}"#, #"<munder><munder accentunder="true"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder><mi>n</mi></munder>"#),
            (#"\overset{!}{=}"#, "<mover><mo>=</mo><mo>!</mo></mover>"),
        ])
    }

    func testFences() {
        let open = #"<mo fence="true" form="prefix" stretchy="true">"#
        let close = #"<mo fence="true" form="postfix" stretchy="true">"#
        assertRows([
            (#"\left( \frac{a}{b} \right)"#, "<mrow>\(open)(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac>\(close))</mo></mrow>"),
            (#"\left. f \right|_{x=0}"#, "<msub><mrow>\(open)</mo><mi>f</mi>\(close)|</mo></mrow><mrow><mi>x</mi><mo>=</mo><mn>0</mn></mrow></msub>"),
            (#"\left\langle x \right\rangle"#, "<mrow>\(open)⟨</mo><mi>x</mi>\(close)⟩</mo></mrow>"),
            (#"\left\{ x \middle| y \right\}"#, #"<mrow>\#(open){</mo><mi>x</mi><mo stretchy="true">|</mo><mi>y</mi>\#(close)}</mo></mrow>"#),
            (#"\left\lVert x \right\rVert"#, "<mrow>\(open)‖</mo><mi>x</mi>\(close)‖</mo></mrow>"),
            (#"\|x\| \{y\} \langle z \rangle"#, """
                <mo stretchy="false" lspace="0em" rspace="0em">‖</mo><mi>x</mi><mo stretchy="false" lspace="0em" rspace="0em">‖</mo>\
                <mo stretchy="false">{</mo><mi>y</mi>\
                <mo stretchy="false">}</mo><mo stretchy="false">⟨</mo><mi>z</mi><mo stretchy="false">⟩</mo>
                """),
            (#"\big( x \Bigr]"#, """
                <mo stretchy="true" symmetric="true" minsize="1.2em" maxsize="1.2em">(</mo><mi>x</mi>\
                <mo stretchy="true" symmetric="true" minsize="1.8em" maxsize="1.8em">]</mo>
                """),
        ])
    }

    func testSymbols() {
        let rows: [(String, String)] = [
            ("sim", "<mo>∼</mo>"), ("cdot", "<mo>⋅</mo>"), ("times", "<mo>×</mo>"),
            ("nabla", #"<mi mathvariant="normal">∇</mi>"#), ("partial", #"<mi mathvariant="normal">∂</mi>"#),
            ("infty", "<mi>∞</mi>"), ("le", "<mo>≤</mo>"), ("leq", "<mo>≤</mo>"), ("ge", "<mo>≥</mo>"),
            ("geq", "<mo>≥</mo>"), ("neq", "<mo>≠</mo>"), ("approx", "<mo>≈</mo>"), ("propto", "<mo>∝</mo>"),
            ("in", "<mo>∈</mo>"), ("notin", "<mo>∉</mo>"), ("to", "<mo>→</mo>"), ("rightarrow", "<mo>→</mo>"),
            ("leftarrow", "<mo>←</mo>"), ("mapsto", "<mo>↦</mo>"), ("pm", "<mo>±</mo>"), ("mp", "<mo>∓</mo>"),
            ("ldots", "<mo>…</mo>"), ("cdots", "<mo>⋯</mo>"), ("dots", "<mo>…</mo>"), ("forall", "<mi>∀</mi>"),
            ("exists", "<mi>∃</mi>"), ("mid", "<mo>∣</mo>"), ("%", "<mi>%</mi>"), ("odot", "<mo>⊙</mo>"),
            ("top", "<mi>⊤</mi>"), ("lesssim", "<mo>≲</mo>"), ("implies", "<mo>⟹</mo>"), ("emptyset", "<mi>∅</mi>"),
        ]
        assertRows(rows.map { ("\\" + $0.0, $0.1) })
    }

    func testRootsAndSpaces() {
        assertRows([
            (#"\sqrt{x}"#, "<msqrt><mi>x</mi></msqrt>"),
            (#"\sqrt[3]{x+1}"#, "<mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>3</mn></mroot>"),
            (#"a\,b\;c\:d\!e\quad f\qquad g~h\ i"#, """
                <mi>a</mi><mspace width="0.1667em"/><mi>b</mi><mspace width="0.2778em"/><mi>c</mi>\
                <mspace width="0.2222em"/><mi>d</mi><mspace width="-0.1667em"/><mi>e</mi><mspace width="1em"/>\
                <mi>f</mi><mspace width="2em"/><mi>g</mi><mspace width="0.3333em"/><mi>h</mi>\
                <mspace width="0.3333em"/><mi>i</mi>
                """),
            (#"\displaystyle \sum_i x"#, #"<mstyle displaystyle="true" scriptlevel="0"><munder><mo>∑</mo><mi>i</mi></munder><mi>x</mi></mstyle>"#),
        ])
    }

    func testEnvironments() {
        let right = #"<mtd style="text-align: right; padding-right: 0">"#
        let left = #"<mtd style="text-align: left; padding-left: 0">"#
        let casesLeft = #"<mtd style="text-align: left">"#
        assertRows([
            (#"\begin{aligned} a &= b \\ &= \sum_i c \\ \end{aligned}"#, """
                <mtable displaystyle="true"><mtr>\(right)<mi>a</mi></mtd>\(left)<mo>=</mo><mi>b</mi></mtd></mtr>\
                <mtr>\(right)</mtd>\(left)<mo>=</mo><munder><mo>∑</mo><mi>i</mi></munder><mi>c</mi></mtd></mtr></mtable>
                """),
            (#"|x| = \begin{cases} x & x \ge 0 \\[2pt] -x & \text{otherwise} \end{cases}"#, """
                <mo stretchy="false" lspace="0em" rspace="0em">|</mo><mi>x</mi>\
                <mo stretchy="false" lspace="0em" rspace="0em">|</mo><mo>=</mo><mrow>\
                <mo fence="true" form="prefix" stretchy="true">{</mo><mtable><mtr>\(casesLeft)<mi>x</mi></mtd>\
                \(casesLeft)<mi>x</mi><mo>≥</mo><mn>0</mn></mtd></mtr><mtr>\(casesLeft)<mo>−</mo><mi>x</mi></mtd>\
                \(casesLeft)<mtext>otherwise</mtext></mtd></mtr></mtable><mo fence="true" form="postfix" stretchy="true"></mo></mrow>
                """),
            (#"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}"#, """
                <mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mtable><mtr><mtd><mn>1</mn></mtd>\
                <mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable>\
                <mo fence="true" form="postfix" stretchy="true">)</mo></mrow>
                """),
            (#"\begin{bmatrix} a \end{bmatrix}"#, """
                <mrow><mo fence="true" form="prefix" stretchy="true">[</mo><mtable><mtr><mtd><mi>a</mi></mtd></mtr>\
                </mtable><mo fence="true" form="postfix" stretchy="true">]</mo></mrow>
                """),
        ], display: true)
    }

    // MARK: - Errors

    private func assertError(_ tex: String, _ message: String, offset: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try TeXToMathML.convert(tex, display: true), tex, file: file, line: line) { error in
            XCTAssertEqual(error as? MathError, MathError(message: message, offset: offset), tex, file: file, line: line)
        }
    }

    func testUnknownCommand() {
        assertError(#"x + \foo{y}"#, #"unknown command \foo"#, offset: 4)
        assertError(#"\text{a \foo}"#, #"unknown command \foo in \text"#, offset: 8)
        assertError(#"\"#, #""\" at the end of the formula"#, offset: 0)
    }

    func testUnbalancedBraces() {
        assertError("x^{2", #"unbalanced brace: "{" at offset 2 is never closed"#, offset: 2)
        assertError(#"\frac{a}{b"#, #"unbalanced brace: "{" at offset 8 is never closed"#, offset: 8)
        assertError("a}b", #"unbalanced brace: "}" at offset 1 has no matching "{""#, offset: 1)
        assertError(#"\text{ab"#, #"unbalanced brace: "{" at offset 5 is never closed"#, offset: 5)
        assertError(#"\sqrt[3{x}"#, #""[" at offset 5 is never closed"#, offset: 5)
    }

    func testMissingArguments() {
        assertError(#"\frac{a}"#, #"missing argument for \frac"#, offset: 0)
        assertError("x^", #"missing argument for "^""#, offset: 1)
        assertError(#"{\hat}"#, #"missing argument for \hat"#, offset: 1)
        assertError("x_1_2", "double subscript", offset: 3)
    }

    func testDelimiterErrors() {
        assertError(#"\left( x"#, #"\left has no matching \right"#, offset: 0)
        assertError(#"x \right)"#, #"\right has no matching \left"#, offset: 2)
        assertError(#"\left( x \right\foo"#, #"\right needs a delimiter, not "\foo""#, offset: 15)
        assertError(#"\left"#, #"missing delimiter after \left"#, offset: 0)
    }

    func testEnvironmentErrors() {
        assertError(#"\begin{foo} x \end{foo}"#, #"unknown environment "foo""#, offset: 0)
        assertError(#"\begin{aligned} x"#, #"\begin{aligned} has no matching \end{aligned}"#, offset: 0)
        assertError(#"\begin{aligned} x \end{cases}"#, #"\begin{aligned} is ended by \end{cases}"#, offset: 18)
        assertError(#"x \end{aligned}"#, #"\end has no matching \begin"#, offset: 2)
        assertError("a & b", #""&" is only allowed in an environment such as aligned"#, offset: 2)
        assertError(#"a \\ b"#, #""\\" is only allowed in an environment such as aligned"#, offset: 2)
    }

    func testStrayCharacters() {
        assertError("a $ b", #"unexpected "$" in math"#, offset: 2)
        assertError(#"\text{$x$}"#, #"math inside \text is not supported"#, offset: 6)
    }

    /// Malformed input must end in a MathError, never a trap: random strings of TeX fragments.
    func testRandomInputNeverTraps() {
        let pieces = [#"\"#, "{", "}", "[", "]", "_", "^", "'", "&", #"\\"#, "$", "%", "\n", " ", "x", "1", ".",
                      #"\frac"#, #"\sqrt"#, #"\left"#, #"\right"#, #"\middle"#, "(", "|", #"\begin{aligned}"#,
                      #"\end{aligned}"#, #"\end"#, #"\text"#, #"\operatorname*"#, #"\sum"#, #"\limits"#, #"\big"#,
                      #"\hat"#, #"\arg"#, #"\displaystyle"#, #"\binom"#, "~", "#"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        for _ in 0..<3000 {
            let tex = (0...next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            _ = try? TeXToMathML.convert(tex, display: next(2) == 0)
        }
    }
}
