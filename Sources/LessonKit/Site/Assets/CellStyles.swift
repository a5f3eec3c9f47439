/// Styles of what the engine emits for code cells: outputs, errors, checks and annotations.
enum CellStyles {
    static let css = """
    .cell { margin: 1.5rem 0; }
    .cell pre { margin: 0 0 0.5rem; }
    .cell-output { background: var(--bg); border-style: dashed; }
    .cell-error, .check-failed {
      margin: 0.5rem 0; padding: 0.75rem 1rem; white-space: pre-wrap;
      color: var(--failure-text); background: var(--failure-bg);
      border: 1px solid var(--failure-border); border-left-width: 4px; border-radius: 6px;
    }
    .cell-error pre { margin: 0; padding: 0; border: 0; background: transparent; color: inherit; white-space: pre-wrap; }
    .cell-error-title { margin: 0 0 0.25rem; font-weight: 700; }
    .cell-error-expected { color: var(--text); background: var(--surface); border-color: var(--border); }
    .check-location { font-size: 0.875rem; }
    /* Figures shrink to the column, down to a phone's width: their text is sized in the viewBox
       (PlotText) so that it stays legible there, and nothing scrolls sideways. */
    .cell-figure svg { max-width: 100%; height: auto; }
    .check-passed { margin: 0.25rem 0; color: var(--passed); font-size: 0.875rem; }
    .annotation-badge {
      display: inline-flex; align-items: center; justify-content: center;
      min-width: 1.35rem; height: 1.35rem; margin-left: 0.75em; padding: 0 0.35em; vertical-align: 0.1em;
      font-family: system-ui, sans-serif; font-size: 0.8rem; font-weight: 700; line-height: 1;
      color: var(--badge-text); background: var(--badge-bg); border-radius: 999px;
      text-decoration: none; user-select: none;
    }
    .annotations { margin: 0.5rem 0 1.5rem; padding-left: 2rem; font-size: 0.9375rem; }
    .annotations li { padding-left: 0.25rem; }
    .annotations li::marker { color: var(--link); font-weight: 700; }
    .annotations li:target { background: var(--surface); }

    """
}
