/// Styles of scrubbable figures: the player only once `scrub.js` has set it up (`.scrub-ready`),
/// the row of stills otherwise and in print.
enum ScrubStyles {
    static let css = """
    .scrub-player { display: none; }
    .scrub-ready .scrub-player { display: block; }
    .scrub-ready .scrub-stills { display: none; }
    .scrub-player svg { display: block; margin: 0 auto; }
    .scrub-controls {
      display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem;
      max-width: 34rem; margin: 0.5rem auto 0; font-family: system-ui, sans-serif; font-size: 0.9375rem;
    }
    .scrub-controls button {
      min-width: 2.75rem; min-height: 2.25rem; padding: 0.25rem 0.75rem; font: inherit;
      color: var(--text); background: var(--surface); border: 1px solid var(--border); border-radius: 6px;
      cursor: pointer;
    }
    .scrub-controls button[aria-pressed="true"] { background: var(--badge-bg); color: var(--badge-text); }
    .scrub-controls button:focus-visible, .scrub-slider:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
    .scrub-slider { flex: 1 1 10rem; min-width: 8rem; accent-color: var(--link); }
    .scrub-label { min-width: 6.5rem; font-variant-numeric: tabular-nums; }
    @media print {
      .scrub-ready .scrub-player { display: none; }
      .scrub-ready .scrub-stills { display: block; }
    }

    """
}
