#!/usr/bin/env bash
# Browser test: headless Chromium loads every page of a built site from the file system and checks
# that no script logs to the console (errors included), that every MathML formula has a non-zero
# rendered size, that at a phone's width (390 px) nothing but code, tables and display math scrolls
# sideways and figure text stays at 7 px or more (scripts/browser/phone-selftest.js), and that
# searching for the first word of the page's first section heading offers a link to that section. The site is copied first and a measuring script is added to the copy only.
# Pages with scrubbable figures are also played (scripts/browser/scrub-selftest.js: slider, keyboard,
# Play), and the first figure is photographed at its first, middle and last frame in light and dark
# mode, into SCREENSHOTS (default: scrub-screenshots beside the site folder).
set -uo pipefail
site=${1:?usage: browser-test.sh SITE_FOLDER}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "browser test skipped: Chromium is not installed and could not be installed (apt-get install chromium)"
  exit 0
fi

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r "$site/." "$copy/"
cp "$(dirname "$0")/browser/scrub-selftest.js" "$copy/scrub-selftest.js"
cp "$(dirname "$0")/browser/phone-selftest.js" "$copy/phone-selftest.js"
cat > "$copy/selftest.js" <<'JS'
(function () {
  var formulas = document.querySelectorAll("math"), empty = 0;
  formulas.forEach(function (m) { var r = m.getBoundingClientRect(); if (!(r.width > 0 && r.height > 0)) empty++; });
  document.body.setAttribute("data-selftest", "math=" + formulas.length + " empty=" + empty);
  // After the deferred search script has started: type a heading's first word into the search box.
  window.addEventListener("load", function () {
    if (location.hash.indexOf("#shot-") === 0) return;  // a screenshot of a scrubbable figure
    var input = document.getElementById("search-input"), heading = document.querySelector("article.lesson h2[id]");
    var word = heading && (heading.firstChild.textContent.match(/[A-Za-z]{3,}/) || [])[0];
    if (!input || !word) { document.body.setAttribute("data-search", "skip"); return; }
    input.value = word;
    input.dispatchEvent(new Event("input"));
    var link = document.querySelector('#search-results a[href$="#' + heading.id + '"]');
    document.body.setAttribute("data-search", link ? "ok" : "missing:" + word);
  });
})();
JS

# Every inline SVG figure must be well-formed XML, whatever a browser would forgive.
if command -v python3 >/dev/null 2>&1; then
  python3 - "$site" <<'PY' || exit 1
import pathlib, re, sys, xml.etree.ElementTree as ET
count = 0
for page in sorted(pathlib.Path(sys.argv[1]).glob("*.html")):
    for svg in re.findall(r"<svg\b.*?</svg>", page.read_text(encoding="utf-8"), re.S):
        count += 1
        try:
            ET.fromstring(svg)
        except ET.ParseError as error:
            sys.exit(f"✗ {page.name}: an SVG figure is not well-formed XML: {error}")
print(f"✓ {count} SVG figures are well-formed XML")
PY
fi

passed=0; failed=0; formulas=0; scrubbed=()
for page in "$copy"/*.html; do
  name=$(basename "$page")
  sed -i 's|</body>|<script src="selftest.js"></script><script src="scrub-selftest.js"></script></body>|' "$page"
  dom=$(timeout 120 "$browser" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
        --window-size=1280,900 --virtual-time-budget=5000 --dump-dom "file://$page" 2>"$copy/log.txt")
  problems=$(grep -F "CONSOLE" "$copy/log.txt" | sed 's/^.*CONSOLE[^]]*\] //')
  result=$(grep -o 'data-selftest="[^"]*"' <<<"$dom" | head -n 1)
  if [ -z "$result" ]; then
    problems+=$'\n'"the page did not finish loading (no measurement)"
  else
    count=$(sed -E 's/.*math=([0-9]+).*/\1/' <<<"$result"); empty=$(sed -E 's/.*empty=([0-9]+).*/\1/' <<<"$result")
    formulas=$((formulas + count))
    [ "$empty" -eq 0 ] || problems+=$'\n'"$empty of $count formulas have no rendered size"
    search=$(grep -o 'data-search="[^"]*"' <<<"$dom" | head -n 1 | sed -E 's/data-search="(.*)"/\1/')
    case "$search" in
      ok|skip) ;;
      "") problems+=$'\n'"the search check did not run" ;;
      *) problems+=$'\n'"searching for the first section heading offered no link to it (${search#missing:})" ;;
    esac
    scrub=$(grep -o 'data-scrub="[^"]*"' <<<"$dom" | head -n 1 | sed -E 's/data-scrub="(.*)"/\1/')
    case "$scrub" in
      none) ;;
      ok*) scrubbed+=("$name: ${scrub#ok } scrubbable figure(s) played: slider, keyboard and Play change the frame") ;;
      "") problems+=$'\n'"the scrubbable-figure check did not finish" ;;
      *) problems+=$'\n'"scrubbable figure: $scrub" ;;
    esac
  fi
  # At a phone's width nothing may scroll sideways and figure text must stay at 7 pixels or more.
  sed 's|<script src="selftest.js"></script>|<script src="phone-selftest.js"></script>|' "$page" > "$copy/phone.html"
  phone=$(timeout 120 "$browser" --headless --no-sandbox --disable-gpu --window-size=390,900 --virtual-time-budget=3000 \
          --dump-dom "file://$copy/phone.html" 2>/dev/null | grep -o 'data-phone="[^"]*"' | head -n 1 | sed -E 's/data-phone="(.*)"/\1/')
  smallest=$(sed -nE 's/.*smallest=([0-9.]+)px.*/\1/p' <<<"$phone")
  case "$phone" in
    fits*) if [ -n "$smallest" ] && awk -v s="$smallest" 'BEGIN { exit !(s < 7) }'; then
             problems+=$'\n'"at a phone's width figure text is only ${smallest}px: $phone"
           fi ;;
    "") problems+=$'\n'"the phone-width check did not run" ;;
    *) problems+=$'\n'"at a phone's width (390 px) the page scrolls sideways: $phone" ;;
  esac
  if [ -n "${problems//[$'\n ']/}" ]; then
    failed=$((failed + 1)); echo "✗ $name:"; echo "$problems" | sed '/^$/d; s/^/    /'
  else
    passed=$((passed + 1)); echo "✓ $name ($count formulas)"
  fi
done
for line in "${scrubbed[@]}"; do echo "✓ $line"; done

# Screenshots of the first scrubbable figure of each page that has one, light and dark.
shots=${SCREENSHOTS:-$(dirname "$site")/scrub-screenshots}
for page in "$copy"/*.html; do
  grep -q 'class="scrub"' "$page" || continue
  mkdir -p "$shots"
  for position in first middle last; do
    for theme in light dark; do
      flag=(); [ "$theme" = dark ] && flag=(--force-dark-mode --blink-settings=preferredColorScheme=0)
      out="$shots/$(basename "$page" .html)-$position-$theme.png"
      timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars "${flag[@]}" \
        --window-size=900,1100 --virtual-time-budget=3000 --screenshot="$out" "file://$page#shot-$position" \
        >/dev/null 2>&1 && echo "  screenshot: $out"
    done
  done
done
echo "browser: $passed passed, $failed failed ($formulas formulas measured)"
[ "$failed" -eq 0 ]
