import Foundation

/// The script `lessons serve` adds to every page it serves (never to the files on disk): it polls
/// the build status once a second, reloads the page after a successful rebuild, and shows a banner
/// with the errors after a failed one.
public enum LiveReload {
    /// Where the server answers with ``PreviewStatus/json``.
    public static let statusPath = "/__lessons/status"

    /// `html` with the script inserted before its last `</body>` (or at its end when there is none);
    /// `build` is the build the page comes from.
    public static func inject(into html: String, build: Int) -> String {
        let script = script(build: build)
        guard let end = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
            return html + script
        }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }

    /// The script for a page of build number `build`. The error text is set with `textContent`, so
    /// it is shown as text, never parsed as HTML; a failed poll (the server stopped) is ignored.
    static func script(build: Int) -> String {
        """
        <script>
        (() => {
          const servedBuild = \(build);
          let banner = null;
          const showError = (text) => {
            if (!banner) {
              banner = document.createElement("pre");
              banner.setAttribute("role", "alert");
              banner.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:2147483647;margin:0;"
                + "max-height:50vh;overflow:auto;padding:1em 1.5em;background:#7f1d1d;color:#fff;"
                + "font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;box-shadow:0 2px 8px #0006";
              document.body.append(banner);
            }
            banner.textContent = "The last build failed; this page is from the build before it.\\n\\n" + text;
          };
          const poll = async () => {
            try {
              const response = await fetch("\(statusPath)", { cache: "no-store" });
              const status = await response.json();
              if (status.error !== null) {
                showError(status.error);
              } else if (status.build !== servedBuild) {
                location.reload();
                return;
              } else if (banner) {
                banner.remove();
                banner = null;
              }
            } catch {
              // The server is stopped or restarting: try again on the next tick.
            }
            setTimeout(poll, 1000);
          };
          setTimeout(poll, 1000);
        })();
        </script>

        """
    }
}
