"""Simple accessibility checks of a loaded page (run in the page) and WCAG contrast of the
stylesheet's colours."""
import re

# Run in the page: landmarks, labels, alt text, headings, names of links and buttons, and the
# contrast of every text-bearing element's computed colour against its effective background.
PAGE_CHECKS = r"""
(() => {
  const problems = [];
  const q = (s) => Array.from(document.querySelectorAll(s));
  if (!document.documentElement.lang) problems.push('html has no lang');
  if (!document.title.trim()) problems.push('no title');
  for (const [sel, name] of [['header, [role=banner]', 'banner'], ['nav, [role=navigation]', 'navigation'],
                             ['main, [role=main]', 'main'], ['footer, [role=contentinfo]', 'contentinfo']]) {
    if (!document.querySelector(sel)) problems.push('no ' + name + ' landmark');
  }
  if (q('main').length !== 1) problems.push('expected one main, found ' + q('main').length);
  if (q('h1').length !== 1) problems.push('expected one h1, found ' + q('h1').length);
  for (const img of q('img')) if (!img.hasAttribute('alt')) problems.push('img without alt: ' + img.src);
  for (const el of q('input:not([type=hidden]), select, textarea')) {
    const labelled = (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) ||
      el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.closest('label');
    if (!labelled) problems.push('unlabelled ' + el.tagName.toLowerCase() + ' ' + (el.name || el.id));
  }
  for (const el of q('a[href], button')) {
    const name = (el.getAttribute('aria-label') || el.textContent || '').trim() ||
      Array.from(el.querySelectorAll('img')).map(i => i.alt).join('').trim();
    if (!name) problems.push('nameless ' + el.tagName.toLowerCase() + ' ' + (el.getAttribute('href') || ''));
  }
  const ids = new Map();
  for (const el of q('[id]')) ids.set(el.id, (ids.get(el.id) || 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push('duplicate id ' + id);
  // Contrast, WCAG 2: (L1 + 0.05) / (L2 + 0.05) >= 4.5 for normal text.
  const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(',').map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  let checked = 0;
  for (const el of q('body *')) {
    const text = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    if (!text) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || el.closest('.visually-hidden, .skip')) continue;
    const fg = parse(style.color), bg = background(el);
    if (!fg) continue;
    const a = lum(fg), b = lum(bg), ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    checked++;
    if (ratio < 4.5) problems.push('contrast ' + ratio.toFixed(2) + ' of ' + style.color + ' on ' +
      JSON.stringify(bg) + ' at ' + el.tagName.toLowerCase() + ': ' + text.slice(0, 40));
  }
  return {problems, checked};
})()
"""


def hex_rgb(value):
    value = value.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


def luminance(rgb):
    def f(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (f(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def stylesheet_contrasts(css):
    """Every rule that sets a text colour, with the background it sets (else the page's),
    resolved through the :root custom properties: [(selector, fg, bg, ratio)]."""
    variables = dict(re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})", css.split("}")[0]))
    def resolve(value):
        value = value.strip()
        m = re.fullmatch(r"var\((--[\w-]+)\)", value)
        return variables[m.group(1)] if m else value
    page_bg = "#ffffff"
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        decls = dict((k.strip(), v.strip()) for k, v in re.findall(r"([\w-]+)\s*:\s*([^;]+)", body))
        selector = selector.strip()
        if selector == "body" and "background-color" in decls:
            page_bg = resolve(decls["background-color"])
        if "color" in decls:
            rules.append((selector, resolve(decls["color"]), resolve(decls["background-color"]) if "background-color" in decls else None))
    out = []
    for selector, fg, bg in rules:
        bg = bg or page_bg
        if not (fg.startswith("#") and bg and bg.startswith("#")):
            continue
        out.append((selector, fg, bg, contrast(hex_rgb(fg), hex_rgb(bg))))
    # Text on the highlight of a :target line and on the panel (header, table heads) too.
    for name in ("--fg", "--muted", "--link"):
        for back in ("--panel", "--hl"):
            if name in variables and back in variables:
                out.append((f"{name} on {back}", variables[name], variables[back],
                            contrast(hex_rgb(variables[name]), hex_rgb(variables[back]))))
    return out
