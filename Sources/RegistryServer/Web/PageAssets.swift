import Foundation
import ProtopkgBasics

/// The pages' one stylesheet, the logo and the few lines of script behind the copy buttons
/// (the pages work without it: the buttons only show when it runs). Colours are declared once
/// as custom properties; the browser test computes the WCAG contrast of each text colour with
/// the background it is used on.
enum PageAssets {
    static let stylesheet = """
    :root {
      --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
      --link: #0a58b8; --accent: #6639ba; --warn-fg: #7a4400; --warn-bg: #fff4d6;
      --bad-fg: #a40e26; --bad-bg: #ffebe9; --good-fg: #1a6b34; --good-bg: #dafbe1; --hl: #fff8c5;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; color: var(--fg); background-color: var(--bg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
    a { color: var(--link); }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, pre:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    code, pre, .num, .rule { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 8px; top: 8px; z-index: 2; color: var(--fg); background-color: var(--bg); padding: 4px 8px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .top { color: var(--fg); background-color: var(--panel); border-bottom: 1px solid var(--line); }
    .top nav { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; max-width: 1100px; margin: 0 auto; padding: 8px 16px; }
    .brand { display: flex; gap: 6px; align-items: center; color: var(--fg); font-weight: 600; text-decoration: none; }
    .search { display: flex; flex: 1 1 260px; gap: 4px; }
    .search input { flex: 1; min-width: 0; }
    input, select, button { font: inherit; padding: 4px 8px; border: 1px solid var(--muted); border-radius: 4px; color: var(--fg); background-color: var(--bg); }
    button { cursor: pointer; background-color: var(--panel); }
    main { max-width: 1100px; margin: 0 auto; padding: 8px 16px 32px; }
    .bottom { max-width: 1100px; margin: 0 auto; padding: 8px 16px; color: var(--muted); background-color: var(--bg); border-top: 1px solid var(--line); }
    h1 { font-size: 1.6em; margin: 0.4em 0; overflow-wrap: anywhere; }
    h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid var(--line); }
    h4, h5 { overflow-wrap: anywhere; }
    .crumbs, .meta, .where, .note { color: var(--muted); background-color: var(--bg); }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0; }
    caption { text-align: left; font-weight: 600; padding: 4px 0; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
    thead th { color: var(--fg); background-color: var(--panel); }
    td p, .doc p { margin: 0.2em 0 0.5em; }
    .element { border-top: 1px solid var(--line); padding-top: 4px; margin-top: 16px; }
    .rpc { margin: 12px 0 12px 12px; padding-left: 12px; border-left: 3px solid var(--line); }
    .anchor { color: var(--fg); text-decoration: none; }
    .anchor:hover { text-decoration: underline; }
    .src { font-size: 0.85em; font-weight: normal; }
    .type { overflow-wrap: break-word; }
    .fields { table-layout: fixed; min-width: 560px; }
    .fields th, .fields td { overflow-wrap: break-word; }
    .fields code { overflow-wrap: anywhere; }
    .fields thead th:nth-child(1), .fields thead th:nth-child(2) { width: 22%; }
    .fields thead th:nth-child(3) { width: 12%; }
    .values thead th:nth-child(1) { width: 34%; }
    .values thead th:nth-child(2) { width: 10%; }
    .badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 0.85em; color: var(--fg); background-color: var(--panel); border: 1px solid var(--line); }
    .warn, .bump-major { color: var(--warn-fg); background-color: var(--warn-bg); }
    .bad { color: var(--bad-fg); background-color: var(--bad-bg); }
    .bump-minor, .good { color: var(--good-fg); background-color: var(--good-bg); }
    .warn-box { color: var(--warn-fg); background-color: var(--warn-bg); padding: 8px; border-radius: 4px; }
    .verdict { padding: 8px 12px; border-radius: 4px; color: var(--fg); background-color: var(--panel); }
    .error { color: var(--bad-fg); background-color: var(--bad-bg); padding: 8px; border-radius: 4px; }
    .options, .command pre { color: var(--fg); background-color: var(--panel); padding: 6px 8px; overflow-x: auto; margin: 4px 0; }
    .opt { display: inline-block; color: var(--accent); }
    .stream { color: var(--accent); font-weight: 600; }
    .install { list-style: none; padding: 0; }
    .install li { margin: 8px 0; }
    .tool { font-weight: 600; }
    .command { display: flex; gap: 8px; align-items: flex-start; }
    .command pre { flex: 1; min-width: 0; }
    .copy { display: none; }
    .js .copy { display: inline-block; }
    .summary { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
    .summary dd { margin: 0; }
    .picker, .login { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 16px 0; }
    .login { flex-direction: column; align-items: stretch; max-width: 360px; }
    .signout { margin-left: auto; }
    .results, .files { padding-left: 20px; }
    .source { color: var(--fg); background-color: var(--bg); border: 1px solid var(--line); padding: 8px 0; overflow-x: auto; line-height: 1.4; }
    .source .line { display: block; padding-right: 12px; }
    .source .line:target { background-color: var(--hl); }
    .source .ln { display: inline-block; min-width: 4.5em; padding-right: 12px; text-align: right; color: var(--muted); background-color: var(--bg); text-decoration: none; user-select: none; }
    .source .line:target .ln { background-color: var(--hl); }
    tr:target, .element:target, .rpc:target { background-color: var(--hl); }
    .yanked th a { text-decoration: line-through; }
    time { white-space: nowrap; }
    @media (max-width: 600px) {
      body { font-size: 15px; }
      main, .top nav { padding-left: 10px; padding-right: 10px; }
      th, td { padding: 4px 6px; }
      .rpc { margin-left: 0; }
    }

    """

    static let logo = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><rect width="24" height="24" rx="5" fill="#0a58b8"/><path d="M6 7h12M6 12h8M6 17h10" stroke="#fff" stroke-width="2.4" stroke-linecap="round"/></svg>

    """

    /// Marks the page as scripted (so the copy buttons show) and copies a button's command.
    static let script = "document.documentElement.classList.add('js');"
        + "document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-copy]');"
        + "if(!b)return;var t=b.getAttribute('data-copy'),done=function(){b.textContent='Copied';"
        + "setTimeout(function(){b.textContent='Copy'},1500)};"
        + "if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(t).then(done)}"
        + "else{var a=document.createElement('textarea');a.value=t;document.body.appendChild(a);a.select();"
        + "document.execCommand('copy');a.remove();done()}});"

    /// The Content-Security-Policy of every page: only this registry's stylesheet and images,
    /// and of scripts only the one above (by its hash).
    static let contentSecurityPolicy: String = {
        let digest = SHA256Hex.of(Data(script.utf8))
        var bytes = [UInt8]()
        var index = digest.startIndex
        while index < digest.endIndex {
            let next = digest.index(index, offsetBy: 2)
            bytes.append(UInt8(digest[index..<next], radix: 16)!)
            index = next
        }
        return "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'sha256-\(Data(bytes).base64EncodedString())'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }()
}
