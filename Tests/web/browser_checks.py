#!/usr/bin/env python3
"""The registry's pages in a real browser (headless Chromium over the DevTools protocol).

    browser_checks.py public  --url URL --out DIR --install INSTALL.json --descriptor BILLING.binpb
    browser_checks.py private --url URL --out DIR --token TOKEN

`public` loads every page type of a registry holding acme/common 1.2.0 and acme/billing 1.0.0,
1.1.0 (adds Invoice.note) and 2.0.0 (deletes Invoice.customer_id), saves a screenshot of each,
and checks the DOM: Invoice's docs list its fields with their types and comments (compared
with BILLING.binpb, billing 1.1.0 compiled with source info), the 1.1.0...2.0.0 changelog shows
the deletion as breaking with its rule ID and links to the deleted line, the copy buttons hold
the commands `protopkg info --format json` prints (INSTALL.json) and copy them, and the pages
pass the accessibility checks (a11y.py), read without JavaScript and fit a phone's width.
`private` checks that a private registry's pages redirect to the login form without a cookie,
and that signing in with the form (and out again) works.
Exits 1 with a list of what failed.
"""
import argparse
import json
import os
import re
import sys
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import a11y  # noqa: E402
import cdp  # noqa: E402

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)
    return condition


def accessible(browser, page):
    result = browser.eval(a11y.PAGE_CHECKS)
    check(not result["problems"], f"{page}: accessibility ({result['checked']} text elements' contrast) "
          + "; ".join(result["problems"][:8]))


def invoice_fields(descriptor_path):
    """(name, type shown, leading comment) of each field of acme.billing.v1.Invoice."""
    from google.protobuf import descriptor_pb2
    fds = descriptor_pb2.FileDescriptorSet()
    with open(descriptor_path, "rb") as f:
        fds.ParseFromString(f.read())
    for file in fds.file:
        if file.package != "acme.billing.v1":
            continue
        for i, message in enumerate(file.message_type):
            if message.name != "Invoice":
                continue
            comments = {tuple(loc.path): loc.leading_comments for loc in file.source_code_info.location}
            out = []
            scalar = {v: k[5:].lower() for k, v in descriptor_pb2.FieldDescriptorProto.Type.items()}
            for j, field in enumerate(message.field):
                if field.type_name:
                    name = field.type_name.lstrip(".")
                    shown = name[len("acme.billing.v1."):] if name.startswith("acme.billing.v1.") else name
                else:
                    shown = scalar[field.type]
                entry = next((n for n in message.nested_type if n.options.map_entry and "." + file.package + ".Invoice." + n.name == field.type_name), None)
                if entry is not None:
                    shown = None  # a map: its key and value types are shown instead
                out.append((field.name, shown, " ".join(comments.get((4, i, 2, j), "").split())))
            return out
    raise SystemExit("Invoice not found in " + descriptor_path)


def public(args):
    base = args.url.rstrip("/")
    os.makedirs(args.out, exist_ok=True)
    shot = lambda name: browser.screenshot(os.path.join(args.out, name))  # noqa: E731
    browser = cdp.Browser()
    try:
        browser.call("Browser.grantPermissions", origin=base, permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])

        # Home and search.
        browser.goto(base + "/")
        check(browser.eval("document.querySelector('main a[href=\"/acme/billing\"]') !== null"), "home lists acme/billing")
        shot("home.png")
        accessible(browser, "home")
        browser.goto(base + "/?q=Invoice")
        results = browser.eval("Array.from(document.querySelectorAll('.results a')).map(a => [a.textContent, a.getAttribute('href')])")
        names = [r[0] for r in results]
        check("acme.billing.v1.Invoice" in names and "acme.billing.v1.InvoiceService" in names,
              f"search 'Invoice' finds the message and the service ({len(names)} results)")
        check(any(n.startswith("acme.billing.v1.InvoiceService.") for n in names), "search finds the service's RPCs")
        shot("search.png")
        accessible(browser, "search")

        # Module: versions, install lines and their copy buttons.
        browser.goto(base + "/acme/billing")
        versions = browser.eval("Array.from(document.querySelectorAll('table.versions tbody th a')).map(a => a.textContent)")
        check(versions == ["2.0.0", "1.1.0", "1.0.0"], f"module page lists the versions newest first: {versions}")
        check(browser.eval("document.querySelector('a[href=\"/acme/billing/diff/1.1.0...2.0.0\"]') !== null"),
              "module page links 2.0.0 to its diff with 1.1.0")
        check(browser.eval("document.querySelector('a[href=\"/acme/common\"]') !== null"), "module page links the dependency acme/common")
        with open(args.install) as f:
            expected = [item["command"] for item in json.load(f)["install"]]
        buttons = browser.eval("""Array.from(document.querySelectorAll('button.copy')).map(b =>
            [b.getAttribute('data-copy'), b.parentElement.querySelector('code').textContent, getComputedStyle(b).display])""")
        check([b[0] for b in buttons] == expected, f"copy buttons hold `protopkg info`'s install lines: {[b[0] for b in buttons]}")
        check(all(b[0] == b[1] for b in buttons), "each copy button holds the command shown beside it")
        check(all(b[2] != "none" for b in buttons), "copy buttons show when script runs")
        # The README's picture (docs/registry-pages.png) is this one, before any button is pressed.
        browser.screenshot(os.path.join(args.out, "module-small.png"), full_page=False, scale=0.75)
        for i, command in enumerate(expected):
            browser.eval(f"document.querySelectorAll('button.copy')[{i}].click()")
            copied = browser.eval("navigator.clipboard.readText()", await_promise=True)
            check(copied == command, f"clicking copy button {i + 1} puts its command on the clipboard")
        check(browser.eval("document.querySelectorAll('button.copy')[0].textContent") == "Copied", "the button says it copied")
        shot("module.png")
        accessible(browser, "module")
        browser.size(390, 844, mobile=True)
        browser.goto(base + "/acme/billing")
        width = browser.eval("document.documentElement.scrollWidth")
        check(width <= 390, f"module page fits a phone's width (390 px; content {width} px)")
        shot("module-phone.png")
        browser.size(1280, 900)

        # API docs: Invoice's fields with types and comments.
        browser.goto(base + "/acme/billing/1.1.0")
        rows = browser.eval("""Object.fromEntries(Array.from(document.querySelectorAll(
            'section[id="acme.billing.v1.Invoice"] table.fields tbody tr')).map(r =>
            [r.querySelector('th a').textContent, [r.querySelector('td.type').textContent, r.cells[3].textContent.replace(/\\s+/g, ' ').trim()]]))""")
        fields = invoice_fields(args.descriptor)
        check(len(rows) == len(fields), f"Invoice's docs list its {len(fields)} fields ({len(rows)} rows)")
        for name, shown, comment in fields:
            row = rows.get(name)
            if not check(row is not None, f"Invoice.{name} is listed"):
                continue
            if shown is not None:
                check(row[0] == shown, f"Invoice.{name} has type {shown} (shown: {row[0]})")
            check(comment in row[1], f"Invoice.{name} shows its comment \"{comment[:50]}\"")
        for anchor in ["acme.billing.v1.Invoice", "acme.billing.v1.Invoice.note", "acme.billing.v1.InvoiceService"]:
            check(browser.eval(f"document.getElementById('{anchor}') !== null"), f"anchor #{anchor}")
        rpc_links = browser.eval("""Array.from(document.querySelectorAll('.rpc h5 a:not(.anchor):not(.src)')).map(a => a.getAttribute('href'))""")
        check(rpc_links and all(h.startswith("#") or h.startswith("/") or h.startswith("https://") for h in rpc_links),
              f"RPC request and response types are linked ({len(rpc_links)} links)")
        money = browser.eval("Array.from(document.querySelectorAll('a[title=\"acme.common.v1.Money\"]')).map(a => a.getAttribute('href'))")
        check(bool(money) and money[0].startswith("/acme/common/1.2.0"), f"a dependency's type links to its docs: {money[:1]}")
        src = browser.eval("document.querySelector('section[id=\"acme.billing.v1.Invoice\"] a.src').getAttribute('href')")
        check(re.fullmatch(r"/acme/billing/1\.1\.0/files/acme/billing/v1/invoice\.proto#L\d+", src or "") is not None,
              f"Invoice links to its source line: {src}")
        shot("docs.png")
        accessible(browser, "docs")

        # The same docs without JavaScript: all there, copy buttons hidden.
        browser.send("Emulation.setScriptExecutionDisabled", value=True)
        browser.goto(base + "/acme/billing/1.1.0")
        check(browser.eval("document.querySelectorAll('section[id=\"acme.billing.v1.Invoice\"] table.fields tbody tr').length") == len(fields),
              "docs read the same without JavaScript")
        browser.send("Emulation.setScriptExecutionDisabled", value=False)

        # Source with line anchors: the docs' link lands on the message's line.
        browser.goto(base + src)
        line = src.rsplit("#L", 1)[1]
        target = browser.eval("document.querySelector(':target') && document.querySelector(':target').id")
        check(target == "L" + line, f"the source page's :target is line {line} ({target})")
        text = browser.eval(f"document.getElementById('L{line}').textContent")
        check("message Invoice" in text, f"line {line} is where Invoice is declared: {text!r}")
        shot("source.png")
        accessible(browser, "source")

        # The changelog 1.1.0 → 2.0.0: the deleted field is breaking, with its rule ID and places.
        browser.goto(base + "/acme/billing/diff/1.1.0...2.0.0")
        rows = browser.eval("""Array.from(document.querySelectorAll('#breaking-changes tbody tr')).map(r =>
            [r.cells[0].textContent, r.cells[1].textContent, r.cells[2].querySelector('a') && r.cells[2].querySelector('a').getAttribute('href'),
             r.cells[3].querySelector('a') && r.cells[3].querySelector('a').getAttribute('href')])""")
        deletion = [r for r in rows if r[0] == "FIELD_NO_DELETE" and "customer_id" in r[1]]
        check(len(deletion) == 1, f"the diff lists the deleted customer_id as breaking under FIELD_NO_DELETE ({rows})")
        check(browser.eval("document.getElementById('required-bump').textContent") == "major", "the diff requires a major bump")
        check(browser.eval("document.getElementById('honoured').textContent").startswith("yes"), "2.0.0 honours it")
        shot("diff.png")
        accessible(browser, "diff")
        if deletion:
            before = deletion[0][2]
            browser.goto(base + before)
            line = before.rsplit("#L", 1)[1]
            text = browser.eval(f"document.getElementById('L{line}').textContent")
            check("customer_id" in text, f"the deletion's place in 1.1.0 is the field's line: {text!r}")
            check(deletion[0][3] and deletion[0][3].startswith("/acme/billing/2.0.0/files/"), "and it links to its place in 2.0.0")
        browser.goto(base + "/acme/billing/diff/1.0.0...1.1.0")
        additions = browser.eval("Array.from(document.querySelectorAll('#addition-list tbody tr td:nth-child(2)')).map(c => c.textContent)")
        check(any("note" in a for a in additions), "1.0.0 → 1.1.0 lists the added field")
        check(browser.eval("document.getElementById('breaking-changes')") is None, "and nothing breaking")

        errors = browser.console_errors()
        check(not errors, f"no console errors or CSP violations: {errors[:3]}")
    finally:
        browser.close()


def private(args):
    base = args.url.rstrip("/")
    os.makedirs(args.out, exist_ok=True)
    # Without a cookie the pages redirect to the login form (seen by a plain HTTP client too).
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None
    opener = urllib.request.build_opener(NoRedirect)
    for path in ["/", "/acme/billing", "/acme/billing/1.1.0", "/acme/billing/diff/1.1.0...2.0.0"]:
        try:
            opener.open(base + path)
            check(False, f"{path} redirects to the login form")
        except urllib.error.HTTPError as e:
            check(e.code == 303 and e.headers["Location"].startswith("/-/login?next="), f"{path} redirects to the login form ({e.code})")
    browser = cdp.Browser()
    try:
        landed = browser.goto(base + "/acme/billing")
        check(landed.startswith(base + "/-/login?next="), f"the browser lands on the login form: {landed}")
        check(browser.eval("document.querySelector('form.login input[type=password]') !== null"), "the form asks for a token")
        browser.screenshot(os.path.join(args.out, "login.png"))
        accessible(browser, "login")
        cookies = browser.send("Network.getCookies", urls=[base + "/-/login"])["cookies"]
        check(not any(c["name"] == "protopkg_session" for c in cookies), "no session cookie yet")
        browser.eval(f"document.getElementById('token').value = {json.dumps(args.token)}; document.querySelector('form.login').submit()")
        browser.wait_event("Page.loadEventFired")
        landed = browser.eval("location.href")
        check(landed == base + "/acme/billing", f"signing in returns to the page asked for: {landed}")
        cookies = {c["name"]: c for c in browser.send("Network.getCookies", urls=[base + "/"])["cookies"]}
        session = cookies.get("protopkg_session")
        check(session is not None and session["httpOnly"] and session["sameSite"] == "Strict",
              f"the session cookie is HttpOnly and SameSite=Strict: {session and {k: session[k] for k in ('httpOnly', 'sameSite', 'secure')}}")
        check(browser.eval("document.cookie").find("protopkg_session") < 0, "script cannot read the session cookie")
        check(browser.eval("document.querySelector('table.versions') !== null"), "the module page shows once signed in")
        browser.goto(base + "/acme/billing/1.1.0")
        check(browser.eval("document.getElementById('acme.billing.v1.Invoice') !== null"), "docs show with the session")
        browser.screenshot(os.path.join(args.out, "private-docs.png"), full_page=False)
        browser.eval("document.querySelector('form.signout').submit()")
        browser.wait_event("Page.loadEventFired")
        landed = browser.goto(base + "/acme/billing")
        check(landed.startswith(base + "/-/login"), f"after signing out the pages need signing in again: {landed}")
        errors = browser.console_errors()
        check(not errors, f"no console errors or CSP violations: {errors[:3]}")
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["public", "private"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--install")
    parser.add_argument("--descriptor")
    parser.add_argument("--token")
    args = parser.parse_args()
    (public if args.mode == "public" else private)(args)
    if failures:
        print(f"\n{len(failures)} browser check(s) failed:", *failures, sep="\n  ")
        sys.exit(1)
    print(f"\nbrowser checks ({args.mode}): all passed; screenshots in {args.out}")


if __name__ == "__main__":
    main()
