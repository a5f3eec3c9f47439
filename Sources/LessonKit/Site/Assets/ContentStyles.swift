/// Styles of lesson and index content: headings, prose measure, table of contents, code, math,
/// figures, tables and the previous/next links.
enum ContentStyles {
    static let css = """
    h1, h2, h3, h4 { margin: 2.25rem 0 0.75rem; line-height: 1.25; }
    h1 { margin-top: 0.5rem; font-size: 2.125rem; }
    h2 { padding-bottom: 0.25rem; font-size: 1.5rem; border-bottom: 1px solid var(--border); }
    h3 { font-size: 1.2rem; }
    @media (max-width: 700px) { h1 { font-size: 1.75rem; } }
    p, ul, ol, dl, blockquote, pre, table { margin: 0 0 1rem; }
    [id] { scroll-margin-top: 1rem; }
    .lesson-header, .toc, .pager, .course-header, .lesson-list, .lesson-body > * { max-width: min(100%, 70ch); }
    .lesson-body > .cell, .lesson-body > figure, .lesson-body > pre, .lesson-body > table,
    .lesson-body > math { max-width: min(100%, 52rem); }
    .lesson-body > h2, .lesson-body > h3, .lesson-body > h4 { max-width: min(100%, 44rem); }
    .lesson-summary, .course-description { color: var(--muted); font-size: 1.125rem; }
    .anchor { margin-left: 0.35em; color: var(--muted); text-decoration: none; opacity: 0; }
    h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
    @media (hover: none) { .anchor { opacity: 1; } }
    blockquote { padding-left: 1rem; color: var(--muted); border-left: 3px solid var(--border); }
    hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }

    .toc {
      margin: 1.5rem 0 2rem; padding: 0.75rem 1.25rem; font-size: 0.9375rem;
      background: var(--surface); border-left: 3px solid var(--border); border-radius: 0 6px 6px 0;
    }
    .toc-title { margin: 0 0 0.25rem; font-weight: 600; }
    .toc ol { margin: 0; padding-left: 1.25rem; }
    .toc a { text-decoration: none; }
    .toc a:hover { text-decoration: underline; }

    pre {
      overflow-x: auto; padding: 0.875rem 1rem; line-height: 1.5; tab-size: 4;
      color: var(--code-text); background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px;
    }
    :not(pre) > code { padding: 0.1em 0.35em; background: var(--code-bg); border-radius: 4px; }
    math { font-size: 1.1em; font-family: "Latin Modern Math", "STIX Two Math", "DejaVu Math TeX Gyre", math; }
    math[display="block"] {
      display: block math; overflow-x: auto; overflow-y: hidden; margin: 1.25rem 0; padding: 0.25rem 0;
    }

    img, svg, video, canvas { max-width: 100%; height: auto; }
    figure { margin: 1.5rem 0; }
    figcaption { margin-top: 0.5rem; color: var(--muted); font-size: 0.9375rem; }
    table {
      display: block; width: max-content; max-width: 100%; overflow-x: auto;
      border-collapse: collapse; font-variant-numeric: tabular-nums;
    }
    caption {
      display: block; position: sticky; left: 0;
      padding-bottom: 0.5rem; color: var(--muted); font-size: 0.9375rem; text-align: left;
    }
    th, td { padding: 0.35rem 0.75rem; text-align: left; border-bottom: 1px solid var(--border); }
    th { font-weight: 600; border-bottom-width: 2px; }

    .pager {
      display: flex; justify-content: space-between; gap: 1rem; max-width: 70ch;
      margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid var(--border);
    }
    .pager a {
      display: flex; flex-direction: column; max-width: 48%; padding: 0.75rem 1rem;
      text-decoration: none; border: 1px solid var(--border); border-radius: 6px;
    }
    .pager a:hover { border-color: var(--link); }
    .pager-next { margin-left: auto; text-align: right; }
    .pager-label { color: var(--muted); font-size: 0.875rem; }
    .pager-prev .pager-label::before { content: "← "; }
    .pager-next .pager-label::after { content: " →"; }
    .lesson-list ol { padding-left: 1.75rem; }
    .lesson-list .lesson-part { margin-top: 1.75rem; }
    .edit-link { margin-top: 2.5rem; font-size: 0.9375rem; }
    .lesson-list li { margin-bottom: 1.25rem; }
    .lesson-link { font-size: 1.125rem; font-weight: 600; text-decoration: none; }
    .lesson-link:hover { text-decoration: underline; }
    .lesson-list .lesson-summary { margin: 0.25rem 0 0; font-size: 1rem; }

    """
}
