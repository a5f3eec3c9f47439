/// The print stylesheet: content only, black on white, link targets written out.
enum PrintStyles {
    /// Uses the light palette (even when the screen is dark) with pure black text.
    static var css: String {
        """
        @media print {
          :root {
        \(SitePalette.light.cssVariables)
          --bg: #ffffff; --text: #000000; --muted: #333333; --link: #000000;
          --surface: #ffffff; --code-bg: #ffffff; --code-text: #000000;
          }
          body { font-size: 11pt; color: #000; background: #fff; }
          .skip-link, .site-header, .site-nav, .toc, .pager, .anchor, .edit-link { display: none !important; }
          .layout { display: block; max-width: none; padding: 0; }
          main { padding: 0; }
          .lesson-header, .course-header, .lesson-list, .lesson-body > * { max-width: none !important; }
          main a[href]:not([href^="#"])::after { content: " (" attr(href) ")"; font-size: 0.85em; }
          pre { white-space: pre-wrap; overflow: visible; }
          pre, figure, table, .annotations { break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; }
          table { display: table; }
          caption { display: table-caption; position: static; }
        }

        """
    }
}
