/// Base typography and the page frame: header, search box, lesson navigation, main column, phone layout.
enum LayoutStyles {
    static let css = """
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0;
      background: var(--bg);
      color: var(--text);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans",
        "Liberation Sans", Arial, sans-serif;
      font-size: 1.0625rem;
      line-height: 1.6;
    }
    code, pre, kbd, samp {
      font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono",
        "DejaVu Sans Mono", monospace;
      font-size: 0.875em;
    }
    pre code { font-size: inherit; }
    a { color: var(--link); text-underline-offset: 0.15em; }
    :focus-visible { outline: 3px solid var(--link); outline-offset: 2px; border-radius: 2px; }
    main:focus { outline: none; }
    .visually-hidden {
      position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
      overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
    }
    .skip-link {
      position: absolute; top: -4rem; left: 0.5rem; z-index: 10; padding: 0.5rem 1rem;
      background: var(--bg); color: var(--link); border: 2px solid var(--link); border-radius: 4px;
    }
    .skip-link:focus { top: 0.5rem; }

    .site-header {
      display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
      gap: 0.75rem 1.5rem; padding: 0.75rem 1.5rem;
      background: var(--surface); border-bottom: 1px solid var(--border);
    }
    .site-title { color: var(--text); font-size: 1.125rem; font-weight: 700; text-decoration: none; }
    .site-title:hover { text-decoration: underline; }
    .search { position: relative; flex: 0 1 22rem; }
    .search-input {
      width: 100%; padding: 0.4rem 0.75rem; font: inherit; font-size: 1rem;
      color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 6px;
    }
    .search-results {
      position: absolute; top: calc(100% + 0.25rem); left: 0; right: 0; z-index: 5;
      max-height: 70vh; overflow-y: auto; margin: 0; padding: 0.25rem; list-style: none;
      background: var(--bg); border: 1px solid var(--border); border-radius: 6px;
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
    }
    .search-results a {
      display: block; padding: 0.5rem 0.75rem; border-radius: 4px; color: var(--text); text-decoration: none;
    }
    .search-results a:hover, .search-results a:focus { background: var(--surface); }
    .search-result-title { display: block; color: var(--link); font-weight: 600; }
    .search-result-summary { display: block; color: var(--muted); font-size: 0.875rem; }
    .search-empty { padding: 0.5rem 0.75rem; color: var(--muted); }

    .layout {
      display: grid; grid-template-columns: 15rem minmax(0, 1fr); grid-template-areas: "nav main";
      gap: 3rem; max-width: 78rem; margin: 0 auto; padding: 0 1.5rem;
    }
    .site-nav {
      grid-area: nav; position: sticky; top: 0; align-self: start;
      max-height: 100vh; overflow-y: auto; padding: 1.5rem 0; font-size: 0.9375rem;
    }
    .site-nav-title { margin: 0 0 0.5rem; color: var(--muted); font-size: 0.8125rem; font-weight: 600;
      letter-spacing: 0.05em; text-transform: uppercase; }
    .site-nav-part { margin: 1rem 0 0.25rem; font-weight: 600; }
    .site-nav ol { margin: 0; padding-left: 1.75rem; }
    .site-nav li { margin: 0.35rem 0; }
    .site-nav li::marker { color: var(--muted); }
    .site-nav a { color: var(--text); text-decoration: none; }
    .site-nav a:hover { text-decoration: underline; }
    .site-nav a[aria-current="page"] { color: var(--link); font-weight: 600; }
    main { grid-area: main; min-width: 0; padding: 1.5rem 0 4rem; }
    .site-footer {
      max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: 0.875rem;
      border-top: 1px solid var(--border);
    }
    .site-footer p { margin: 0; }

    @media (max-width: 700px) {
      body { font-size: 1rem; }
      .site-header { padding: 0.75rem 1rem; }
      .search { flex-basis: 100%; }
      .layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: "main" "nav"; gap: 0; padding: 0 1rem; }
      .site-nav { position: static; max-height: none; border-top: 1px solid var(--border); }
    }

    """
}
