@testable import LessonKit

/// A small course of three lessons, with the elements a real lesson page contains.
enum SampleSite {
    static let course = CourseInfo(
        title: "GANs <by> example",
        description: "An executable course on generative adversarial networks & friends."
    )

    static let pages = [
        RenderedPage(
            slug: "01-forger-and-detective", title: "The forger & the detective",
            summary: "Two networks, one game: a generator and a discriminator.",
            bodyHTML: "<p>Adversaries improve each other.</p>",
            headings: [PageHeading(level: 2, id: "the-game", text: "The game")],
            plainText: "Adversaries improve each other. The game"
        ),
        RenderedPage(
            slug: "02-maximum-likelihood", title: "Maximum likelihood",
            summary: "Fitting a Gaussian by hand, then by gradient ascent.",
            bodyHTML: body, headings: headings,
            plainText: "The likelihood of theta is the product of the model densities. Gaussian fit"
        ),
        RenderedPage(
            slug: "03-minimax", title: "The minimax <objective>",
            summary: "Why \"min max\" has a saddle point.",
            bodyHTML: wideBody, headings: [],
            plainText: "The value function. Saddle points and the optimal discriminator."
        ),
    ]

    static let headings = [
        PageHeading(level: 2, id: "the-likelihood", text: "The likelihood"),
        PageHeading(level: 3, id: "log-likelihood", text: "Taking logs"),
        PageHeading(level: 3, id: "fit", text: "Fitting <by> hand"),
        PageHeading(level: 2, id: "results", text: "Results"),
    ]

    static let code = """
        var rng = RNG(seed: 7)
        let notes = Normal(mean: 4, std: 1.25).sample(1_000, using: &rng)
        /* A fit that
           spans two lines */
        let fit = Normal.maximumLikelihood(notes)
        check(abs(fit.mean - 4) < 0.15, "the MLE recovers the mean")
        """

    static var codeHTML: String {
        var lines = SwiftHighlighter.highlightLines(code)
        lines[1] += "<a class=\"annotation-badge\" href=\"#ann-1\" aria-label=\"Note 1\">1</a>"
        lines[4] += "<a class=\"annotation-badge\" href=\"#ann-2\" aria-label=\"Note 2\">2</a>"
        return lines.joined(separator: "\n")
    }

    /// Content wider than a phone screen: it must scroll inside its own box, not widen the page.
    static let wideBody = """
        <p>The value function.</p>
        <math display="block"><mrow><munder><mi>min</mi><mi>G</mi></munder><munder><mi>max</mi><mi>D</mi></munder>\
        <msub><mi mathvariant="double-struck">E</mi><mrow><mi>x</mi><mo>∼</mo><msub><mi>p</mi><mtext>data</mtext></msub></mrow></msub>\
        <mo>[</mo><mi>log</mi><mi>D</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>]</mo><mo>+</mo>\
        <msub><mi mathvariant="double-struck">E</mi><mrow><mi>z</mi><mo>∼</mo><msub><mi>p</mi><mi>z</mi></msub></mrow></msub>\
        <mo>[</mo><mi>log</mi><mo>(</mo><mn>1</mn><mo>−</mo><mi>D</mi><mo>(</mo><mi>G</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>)</mo><mo>)</mo><mo>]</mo></mrow></math>
        <table><caption>Table 1: Losses per step.</caption>
        <thead><tr><th>step</th><th>discriminator loss</th><th>generator loss</th><th>D(x) real</th>\
        <th>D(G(z)) fake</th><th>modes captured</th><th>high-quality share</th></tr></thead>
        <tbody><tr><td>1000</td><td>1.3862</td><td>0.6931</td><td>0.5012</td><td>0.4987</td><td>8</td><td>0.912</td></tr></tbody>
        </table>
        """

    static var body: String {
        """
        <h2 id="the-likelihood">The likelihood<a class="anchor" href="#the-likelihood" aria-label="Link to this section">#</a></h2>
        <p>The likelihood of <math><mi>θ</mi></math> is the product of the model's densities at the \
        observed data. Maximising it picks the parameters under which the data we actually saw are least \
        surprising; for a Gaussian this has a closed form, the sample mean and the sample standard deviation, \
        which is why it is the usual first example before any adversarial training.</p>
        <math display="block"><mi>L</mi><mo>=</mo><mfrac><mi>a</mi><mi>b</mi></mfrac></math>
        <h3 id="log-likelihood">Taking logs</h3>
        <div class="cell" id="cell-fit">
        <pre><code class="language-swift">\(codeHTML)</code></pre>
        <ol class="annotations">
        <li id="ann-1">A thousand genuine notes, drawn from the bank's distribution.</li>
        <li id="ann-2">For a Gaussian the MLE is the sample mean and standard deviation.</li>
        </ol>
        <pre class="cell-output">mean 4.0213, std 1.2377 — a very long line of output that has to scroll sideways on a phone screen</pre>
        <p class="check-passed">the MLE recovers the mean</p>
        <p class="check-failed">the fitted std is within 0.01 of 1.25 (got 1.2377)</p>
        <pre class="cell-error">Lessons/02-maximum-likelihood.md:14:5: error: cannot find 'nots' in scope</pre>
        </div>
        <h3 id="fit">Fitting &lt;by&gt; hand</h3>
        <figure id="fig-loglik">
        <svg viewBox="0 0 600 300" width="600" height="300" role="img" aria-label="A placeholder plot">\
        <rect x="0" y="0" width="600" height="300" fill="none" stroke="currentColor"/>\
        <polyline points="20,280 150,120 300,40 450,120 580,280" fill="none" stroke="#0969da" stroke-width="3"/></svg>
        <figcaption>Figure 1: Log-likelihood of the mean, peaked at the sample mean.</figcaption>
        </figure>
        <h2 id="results">Results<a class="anchor" href="#results" aria-label="Link to this section">#</a></h2>
        <table>
        <caption>Table 1: Fitted parameters.</caption>
        <thead><tr><th>Parameter</th><th>True</th><th>Fitted</th><th>Error</th></tr></thead>
        <tbody><tr><td>mean</td><td>4.00</td><td>4.0213</td><td>0.0213</td></tr>
        <tr><td>std</td><td>1.25</td><td>1.2377</td><td>0.0123</td></tr></tbody>
        </table>
        <p>Inline code such as <code>Normal.maximumLikelihood</code> sits in the prose.</p>
        """
    }
}
