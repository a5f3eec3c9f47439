/// The search script of every page: filters the lessons in `window.lessonSearchIndex` as the reader types.
///
/// A lesson matches when every query word is the prefix of one of its words, and a section when every
/// query word is the prefix of a word of its heading. Sections come first (they lead to the exact
/// place), then lessons. Results are links; arrow keys move between the input and the results,
/// Escape closes them.
enum SearchScript {
    static let javaScript = #"""
    "use strict";
    (() => {
      const input = document.getElementById("search-input");
      const results = document.getElementById("search-results");
      const status = document.getElementById("search-status");
      const index = window.lessonSearchIndex;
      if (!input || !results || !status || !index) return;
      const box = input.closest(".search");
      const split = (entry) => ({ ...entry, words: entry.words.split(" ") });
      const pages = index.pages.map(split);
      const sections = (index.sections || []).map(split);
      const wordsOf = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
      const matches = (page, query) =>
        query.every((part) => page.words.some((word) => word.startsWith(part)));

      function close() {
        results.hidden = true;
      }

      function element(tag, className, text) {
        const node = document.createElement(tag);
        node.className = className;
        node.textContent = text;
        return node;
      }

      function update() {
        const query = wordsOf(input.value);
        results.replaceChildren();
        if (query.length === 0) {
          status.textContent = "";
          close();
          return;
        }
        const foundSections = sections.filter((section) => matches(section, query));
        const found = pages.filter((page) => matches(page, query));
        for (const entry of foundSections.concat(found)) {
          const link = document.createElement("a");
          link.href = entry.href;
          const isSection = entry.href.includes("#");
          link.append(
            element("span", "search-result-title", entry.title),
            element("span", "search-result-summary", isSection ? "Section of " + entry.summary : entry.summary)
          );
          const item = document.createElement("li");
          item.append(link);
          results.append(item);
        }
        if (found.length === 0) {
          results.append(element("li", "search-empty", "No lesson matches."));
        }
        const count = (n, word) => n + " " + word + (n === 1 ? "" : "s");
        status.textContent = count(found.length, "lesson") + " and " + count(foundSections.length, "section") + " found";
        results.hidden = false;
      }

      function links() {
        return Array.from(results.querySelectorAll("a"));
      }

      input.addEventListener("input", update);
      input.addEventListener("focus", update);
      box.addEventListener("keydown", (event) => {
        const all = links();
        const position = all.indexOf(document.activeElement);
        if (event.key === "Escape") {
          close();
          input.focus();
        } else if (event.key === "ArrowDown" && all.length > 0) {
          event.preventDefault();
          all[Math.min(position + 1, all.length - 1)].focus();
        } else if (event.key === "ArrowUp" && position >= 0) {
          event.preventDefault();
          (position === 0 ? input : all[position - 1]).focus();
        }
      });
      box.addEventListener("focusout", (event) => {
        if (!box.contains(event.relatedTarget)) close();
      });
    })();

    """#
}
